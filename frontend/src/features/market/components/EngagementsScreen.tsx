import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Divider,
  Drawer,
  Group,
  LoadingOverlay,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconPlus, IconWriting } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useEndEngagement, useEngagement, useEngagements } from '../api/engagements';
import { ENGAGEMENT_STATUS_LABEL, type Engagement, type EngagementStatus } from '../types';
import { formatDate, formatDateTime } from '@/lib/time';
import { period } from '../utils/dates';
import { EngagementForm } from './EngagementForm';

const PAGE_SIZE = 20;

const STATUS_COLOR: Record<EngagementStatus, string> = {
  PLANNED: 'blue',
  ACTIVE: 'teal',
  ENDED: 'gray',
};

const ACTION_LABEL: Record<string, string> = {
  CREATED: 'Recorded',
  CHANGED: 'Changed',
  ENDED: 'Ended',
};

interface EngagementsScreenProps {
  /** IT leaders and administrators record, change and end engagements. */
  canEdit: boolean;
  /** A partner's agent: reads its own organisation's engagements. */
  partnerView?: boolean;
  /** A one-line OLA summary per engagement id, where the reader may see OLAs. */
  olaSummaries?: ReadonlyMap<number, string>;
}

function dates(e: Engagement): string {
  if (e.endedAt) return `${formatDate(e.startsOn)} – ended ${formatDateTime(e.endedAt)}`;
  return period(e.startsOn, e.endsOn);
}

function StatusBadge({ status }: { status: EngagementStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" style={{ overflow: 'visible' }}>
      {ENGAGEMENT_STATUS_LABEL[status]}
    </Badge>
  );
}

/**
 * Partners' engagements: what each contract covers, from when to when, the groups it provides and
 * who manages it on the partner's side. Recording one directly covers contracts that predate
 * Medley; the marketplace will add them from accepted proposals.
 */
export function EngagementsScreen({ canEdit, partnerView, olaSummaries }: EngagementsScreenProps) {
  const [status, setStatus] = useState<EngagementStatus | ''>('');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  const list = useEngagements({ status, page, size: PAGE_SIZE });
  const pages = list.data ? Math.ceil(list.data.total / list.data.size) : 0;

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h3">
            Engagements
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {partnerView
              ? 'Your organisation’s contracts with this hospital: what you cover, which support groups are yours and who manages the engagement on your side.'
              : 'Partners’ contracts with the hospital: what each covers, which support groups it provides, and who on the partner’s side hears of its OLA breaches.'}
          </Text>
        </Stack>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setSelected('new')}>
            Record engagement
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        <Group justify="space-between">
          <SegmentedControl
            aria-label="Show"
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(0);
            }}
            data={[
              { value: '', label: 'All' },
              { value: 'ACTIVE', label: 'Active' },
              { value: 'PLANNED', label: 'Planned' },
              { value: 'ENDED', label: 'Ended' },
            ]}
          />
          {list.data && (
            <Text size="sm" c="dimmed">
              {list.data.total} engagement{list.data.total === 1 ? '' : 's'}, latest start first
            </Text>
          )}
        </Group>
        {list.isPending ? (
          <Loading label="Loading engagements…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load the engagements"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.items.length === 0 ? (
          <EmptyState
            icon={<IconWriting size={28} stroke={1.5} />}
            title={
              status
                ? `No ${ENGAGEMENT_STATUS_LABEL[status].toLowerCase()} engagements`
                : 'No engagements yet'
            }
            description={
              canEdit
                ? 'Record each partner contract — including those signed before Medley — so its groups’ tickets run against its OLA and its manager hears of breaches.'
                : 'Engagements appear here once an IT leader records them.'
            }
            action={
              canEdit && (
                <Button onClick={() => setSelected('new')}>Record the first engagement</Button>
              )
            }
          />
        ) : (
          <Box pos="relative">
            <LoadingOverlay
              visible={list.isPlaceholderData}
              zIndex={1}
              overlayProps={{ blur: 1 }}
            />
            <Table.ScrollContainer minWidth={980}>
              <Table highlightOnHover verticalSpacing="sm" aria-label="Engagements">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Engagement</Table.Th>
                    {!partnerView && <Table.Th>Partner</Table.Th>}
                    <Table.Th>Dates</Table.Th>
                    <Table.Th>Support groups</Table.Th>
                    <Table.Th>{partnerView ? 'Service manager' : 'Partner’s manager'}</Table.Th>
                    {olaSummaries && <Table.Th>OLA</Table.Th>}
                    <Table.Th w={100}>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td maw={320}>
                        <Anchor
                          component="button"
                          type="button"
                          fw={600}
                          ta="left"
                          onClick={() => setSelected(e.id)}
                        >
                          {e.name}
                        </Anchor>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {e.scope}
                        </Text>
                      </Table.Td>
                      {!partnerView && <Table.Td>{e.partner.name}</Table.Td>}
                      <Table.Td>{dates(e)}</Table.Td>
                      <Table.Td>
                        {e.groups.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            None yet
                          </Text>
                        ) : (
                          <Stack gap={2}>
                            {e.groups.map((g) => (
                              <Text key={g.id} size="sm">
                                {g.name}{' '}
                                <Text span size="xs" c="dimmed">
                                  {g.tier}
                                </Text>
                              </Text>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {e.manager ? (
                          <>
                            {e.manager.name}
                            {e.manager.title && (
                              <Text size="xs" c="dimmed">
                                {e.manager.title}
                              </Text>
                            )}
                          </>
                        ) : (
                          <Text size="sm" c="orange">
                            None named: breaches go to all the partner’s agents
                          </Text>
                        )}
                      </Table.Td>
                      {olaSummaries && (
                        <Table.Td>
                          {olaSummaries.get(e.id) ?? (
                            <Text size="sm" c="dimmed">
                              No OLA yet
                            </Text>
                          )}
                        </Table.Td>
                      )}
                      <Table.Td>
                        <StatusBadge status={e.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPages page={page + 1} pages={pages} onPage={(value) => setPage(value - 1)} />
          </Box>
        )}
      </Stack>
      <Drawer
        opened={selected !== null}
        onClose={() => setSelected(null)}
        position="right"
        size="lg"
        title={<Text fw={650}>{selected === 'new' ? 'Record an engagement' : 'Engagement'}</Text>}
      >
        {selected === 'new' && (
          <EngagementForm
            engagement={null}
            onDone={(saved) => setSelected(saved.id)}
            onCancel={() => setSelected(null)}
          />
        )}
        {typeof selected === 'number' && (
          <EngagementDetail
            key={selected}
            id={selected}
            canEdit={canEdit}
            ola={olaSummaries ? (olaSummaries.get(selected) ?? null) : undefined}
          />
        )}
      </Drawer>
    </>
  );
}

/** {@code ola}: its OLA in a line, null without one, undefined where the reader sees no OLAs. */
function EngagementDetail({
  id,
  canEdit,
  ola,
}: {
  id: number;
  canEdit: boolean;
  ola: string | null | undefined;
}) {
  const engagement = useEngagement(id);
  const [editing, setEditing] = useState(false);
  if (engagement.isPending) return <Loading label="Loading the engagement…" />;
  if (engagement.isError) {
    return (
      <ErrorState
        title="We could not load this engagement"
        error={engagement.error}
        onRetry={() => void engagement.refetch()}
        retrying={engagement.isFetching}
      />
    );
  }
  const e = engagement.data;
  if (editing) {
    return (
      <EngagementForm
        engagement={e}
        onDone={() => setEditing(false)}
        onCancel={() => setEditing(false)}
      />
    );
  }
  const open = e.status !== 'ENDED';
  return (
    <Stack gap="md">
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs">
          <Title order={2} size="h4">
            {e.name}
          </Title>
          <StatusBadge status={e.status} />
        </Group>
        {canEdit && open && (
          <Button variant="light" size="xs" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )}
      </Group>
      <Table withRowBorders={false} verticalSpacing={4} fz="sm" aria-label="Engagement details">
        <Table.Tbody>
          {(
            [
              ['Partner', e.partner.name],
              ['Scope', e.scope],
              ['Dates', dates(e)],
              [
                'Support groups',
                e.groups.map((g) => `${g.name} (${g.tier})`).join(', ') || 'None yet',
              ],
              [
                'Partner’s manager',
                e.manager
                  ? [e.manager.name, e.manager.title, e.manager.email].filter(Boolean).join(' · ')
                  : 'None named: OLA breaches go to all the partner’s agents',
              ],
              ['Partner desk', e.connector?.name ?? 'None: tickets stay in Medley only'],
              ['OLA', ola === undefined ? null : (ola ?? 'No OLA yet (Admin → Partner OLAs)')],
              ['Fills request', e.staffingRequest?.title ?? '—'],
            ] as const
          )
            .filter(([, value]) => value !== null)
            .map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={150} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                  {label}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          History
        </Text>
        <Timeline bulletSize={14} lineWidth={2}>
          {(e.history ?? []).map((event, i) => (
            <Timeline.Item
              key={`${event.action}-${event.at}-${i}`}
              title={`${ACTION_LABEL[event.action] ?? event.action} by ${event.actorName}`}
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at)}
              </Text>
              {event.detail && <Text size="sm">{event.detail}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
      {canEdit && open && <EndEngagement engagement={e} />}
    </Stack>
  );
}

function EndEngagement({ engagement }: { engagement: Engagement }) {
  const end = useEndEngagement();
  const [reason, setReason] = useState('');
  const errors = end.isError ? fieldErrors(end.error) : {};
  const general = [errors[''], errors.status, errors.version].filter(Boolean).join(' ');
  return (
    <Stack gap="xs">
      <Divider my="xs" />
      <Text fw={600} size="sm">
        End this engagement
      </Text>
      {general && (
        <Alert color="red" title="Not ended">
          {general}
        </Alert>
      )}
      <Textarea
        label="Reason for ending"
        description="Its OLA stops applying to tickets its groups receive from then on."
        placeholder="e.g. contract not renewed"
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={errorOf(errors, 'reason')}
        maxLength={1000}
      />
      <Group justify="flex-end">
        <Button
          color="red"
          variant="light"
          loading={end.isPending}
          onClick={() => end.mutate({ id: engagement.id, reason, version: engagement.version })}
        >
          End engagement
        </Button>
      </Group>
    </Stack>
  );
}
