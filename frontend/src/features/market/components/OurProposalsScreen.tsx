import {
  Anchor,
  Badge,
  Box,
  LoadingOverlay,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { formatDate } from '@/lib/time';
import { useProposals } from '../api/proposals';
import { PROPOSAL_STATUS_COLOR, PROPOSAL_STATUS_LABEL, type ProposalStatus } from '../types';
import { money, people } from '../utils/marketplace';
import { ProposalDrawer, type ProposalTarget } from './ProposalDrawer';

/** A partner manager's own proposals, newest first, with the hospital's decision when there is one. */
export function OurProposalsScreen() {
  const [status, setStatus] = useState<ProposalStatus | ''>('');
  const [target, setTarget] = useState<ProposalTarget | null>(null);
  const list = useProposals({ status });

  return (
    <>
      <Stack gap={2} mb="sm">
        <Title order={2} size="h3">
          Our proposals
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          Drafts only your organisation sees, proposals the hospital is weighing, and its decisions.
        </Text>
      </Stack>
      <Stack gap="sm">
        <Box style={{ overflowX: 'auto' }}>
          <SegmentedControl
            aria-label="Show"
            value={status}
            onChange={(value) => {
              setStatus(value);
            }}
            data={[
              { value: '', label: 'All' },
              ...(Object.keys(PROPOSAL_STATUS_LABEL) as ProposalStatus[]).map((s) => ({
                value: s,
                label: PROPOSAL_STATUS_LABEL[s],
              })),
            ]}
          />
        </Box>
        {list.isPending ? (
          <Loading label="Loading your proposals…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load your proposals"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.items.length === 0 ? (
          <EmptyState
            icon={<IconFileText size={28} stroke={1.5} />}
            title={
              status
                ? `No ${PROPOSAL_STATUS_LABEL[status].toLowerCase()} proposals`
                : 'No proposals yet'
            }
            description="Answer a request under “Requests for you”; your drafts and proposals gather here."
          />
        ) : (
          <Box pos="relative">
            <LoadingOverlay
              visible={list.isPlaceholderData}
              zIndex={1}
              overlayProps={{ blur: 1 }}
            />
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" highlightOnHover aria-label="Our proposals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Request</Table.Th>
                    <Table.Th>People</Table.Th>
                    <Table.Th>Rate and tier</Table.Th>
                    <Table.Th>Starts</Table.Th>
                    <Table.Th w={120}>Status</Table.Th>
                    <Table.Th>Hospital’s decision</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          fw={600}
                          ta="left"
                          onClick={() =>
                            setTarget({ requestId: p.staffingRequestId, proposalId: p.id })
                          }
                        >
                          {p.request.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {people(p.people.length)}
                        <Text size="xs" c="dimmed">
                          {p.people.map((person) => person.name).join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {money(p.hourlyRate)}/h · {p.tier}
                      </Table.Td>
                      <Table.Td>{formatDate(p.startsOn)}</Table.Td>
                      <Table.Td>
                        <Badge
                          color={PROPOSAL_STATUS_COLOR[p.status]}
                          variant="light"
                          tt="none"
                          style={{ overflow: 'visible' }}
                        >
                          {PROPOSAL_STATUS_LABEL[p.status]}
                        </Badge>
                      </Table.Td>
                      <Table.Td maw={320}>
                        {p.decisionComment ?? (
                          <Text size="sm" c="dimmed">
                            {p.status === 'SUBMITTED' ? 'Not decided yet' : '—'}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Box>
        )}
      </Stack>
      <ProposalDrawer target={target} onClose={() => setTarget(null)} />
    </>
  );
}
