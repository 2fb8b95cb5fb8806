import {
  Badge,
  Box,
  Button,
  Group,
  LoadingOverlay,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { useProposals } from '../api/proposals';
import { useStaffingRequests } from '../api/staffing-requests';
import {
  KIND_LABEL,
  PROPOSAL_STATUS_COLOR,
  PROPOSAL_STATUS_LABEL,
  type Proposal,
  type StaffingRequest,
} from '../types';
import { period } from '../utils/dates';
import { people } from '../utils/marketplace';
import { ProposalDrawer, type ProposalTarget } from './ProposalDrawer';

const PAGE_SIZE = 20;

/**
 * A partner manager's inbox: the staffing requests the hospital published to its organisation
 * (to every partner, or to a shortlist it is on), each with its own proposal if it wrote one.
 * Nothing here names another partner.
 */
export function PartnerRequestsScreen() {
  const [page, setPage] = useState(0);
  const [target, setTarget] = useState<ProposalTarget | null>(null);
  const list = useStaffingRequests({ status: '', page, size: PAGE_SIZE });
  // The organisation's proposals (not paged: a partner has a handful), to find each request's.
  const ours = useProposals({});
  const pages = list.data ? Math.ceil(list.data.total / list.data.size) : 0;
  const proposalFor = (request: StaffingRequest): Proposal | undefined =>
    ours.data?.items.find((p) => p.staffingRequestId === request.id && p.status !== 'WITHDRAWN');

  return (
    <>
      <Stack gap={2} mb="sm">
        <Title order={2} size="h3">
          Requests for you
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          Staffing requests the hospital published to your organisation. Answer one with a proposal:
          the people you would staff it with, their shifts and skills, your rate and commitments.
        </Text>
      </Stack>
      {list.isPending ? (
        <Loading label="Loading the requests published to you…" />
      ) : list.isError ? (
        <ErrorState
          title="We could not load the requests published to you"
          error={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          icon={<IconInbox size={28} stroke={1.5} />}
          title="No requests for you yet"
          description="When the hospital publishes a staffing request to your organisation, it appears here for you to answer."
        />
      ) : (
        <Box pos="relative">
          <LoadingOverlay visible={list.isPlaceholderData} zIndex={1} overlayProps={{ blur: 1 }} />
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((request) => {
              const proposal = proposalFor(request);
              const open = request.status === 'PUBLISHED';
              return (
                <Paper
                  key={request.id}
                  component="li"
                  withBorder
                  radius="md"
                  p="md"
                  aria-label={request.title}
                >
                  <Group justify="space-between" align="flex-start" gap="sm">
                    <Stack gap={4} miw={0} flex="1 1 320px">
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {request.title}
                      </Text>
                      <Text size="sm">{request.applications.map((a) => a.name).join(', ')}</Text>
                      <Text size="sm" c="dimmed">
                        {KIND_LABEL[request.kind]} · {people(request.peopleNeeded)} at level{' '}
                        {request.minimumLevel}+ · {request.hoursPerWeek} h/week ·{' '}
                        {request.supportWindow} · {period(request.startsOn, request.endsOn)}
                      </Text>
                      {request.rationale && <Text size="sm">Why: {request.rationale}</Text>}
                      {request.notes && <Text size="sm">Notes: {request.notes}</Text>}
                    </Stack>
                    <Stack gap="xs" align="flex-start">
                      {!open && (
                        <Badge variant="light" color="gray" tt="none">
                          {request.status === 'AWARDED' ? 'Awarded' : 'Closed'}
                        </Badge>
                      )}
                      {proposal && (
                        <Badge
                          variant="light"
                          color={PROPOSAL_STATUS_COLOR[proposal.status]}
                          tt="none"
                        >
                          Your proposal: {PROPOSAL_STATUS_LABEL[proposal.status]}
                        </Badge>
                      )}
                      {proposal ? (
                        <Button
                          variant="light"
                          onClick={() =>
                            setTarget({ requestId: request.id, proposalId: proposal.id, request })
                          }
                          aria-label={`${proposal.status === 'DRAFT' ? 'Edit' : 'Open'} proposal for ${request.title}`}
                        >
                          {proposal.status === 'DRAFT' ? 'Edit proposal' : 'Open proposal'}
                        </Button>
                      ) : (
                        open && (
                          <Button
                            onClick={() =>
                              setTarget({ requestId: request.id, proposalId: null, request })
                            }
                            aria-label={`Propose for ${request.title}`}
                          >
                            Propose
                          </Button>
                        )
                      )}
                    </Stack>
                  </Group>
                </Paper>
              );
            })}
          </Stack>
          <ListPages page={page + 1} pages={pages} onPage={(value) => setPage(value - 1)} />
        </Box>
      )}
      <ProposalDrawer target={target} onClose={() => setTarget(null)} />
    </>
  );
}
