import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Drawer,
  Group,
  LoadingOverlay,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconColumns, IconSend, IconUserSearch } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import {
  useCancelStaffingRequest,
  useStaffingRequest,
  useStaffingRequests,
} from '../api/staffing-requests';
import { KIND_LABEL, type StaffingRequest, type StaffingStatus } from '../types';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { formatDateTime } from '@/lib/time';
import { period } from '../utils/dates';
import { MatchesPanel } from './MatchesPanel';

// The dialogs load when first opened: the coverage page imports this feature too.
const CompareProposals = lazy(() =>
  import('./CompareProposals').then((module) => ({ default: module.CompareProposals })),
);
const PublishDialog = lazy(() =>
  import('./PublishDialog').then((module) => ({ default: module.PublishDialog })),
);

const PAGE_SIZE = 20;

const STATUS_COLOR: Record<StaffingStatus, string> = {
  OPEN: 'blue',
  PUBLISHED: 'violet',
  AWARDED: 'teal',
  CANCELLED: 'gray',
};
const STATUS_LABEL: Record<StaffingStatus, string> = {
  OPEN: 'Open',
  PUBLISHED: 'Published',
  AWARDED: 'Awarded',
  CANCELLED: 'Cancelled',
};

const ACTION_LABEL: Record<string, string> = {
  CREATED: 'Created',
  CANCELLED: 'Cancelled',
  PUBLISHED: 'Published',
  AWARDED: 'Awarded',
};

/** "to all partners", "to 2 partners". */
function audienceText(request: StaffingRequest): string {
  if (request.audience === 'ALL') return 'to all partners';
  const count = request.publishedTo?.length ?? 0;
  return `to ${count} partner${count === 1 ? '' : 's'}`;
}

function requestPeriod(request: StaffingRequest): string {
  return period(request.startsOn, request.endsOn);
}

/**
 * The staffing requests leaders made from coverage gaps: published to partners (all, or a
 * shortlist), ranked against their profiles, answered with proposals and awarded to one.
 */
export function StaffingRequestsScreen({ canEdit }: { canEdit: boolean }) {
  const [status, setStatus] = useState<StaffingStatus | ''>('OPEN');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const list = useStaffingRequests({ status, page, size: PAGE_SIZE });
  const pages = list.data ? Math.ceil(list.data.total / list.data.size) : 0;

  return (
    <>
      <PageHeader
        title="Staffing requests"
        description="Requests for partner staff, made from the gaps in the coverage matrix. Publish one to partners, see who fits it best and compare the proposals they send."
        aside={
          canEdit && (
            <Button component={Link} to="/coverage?tab=gaps" variant="light">
              Find gaps to staff
            </Button>
          )
        }
      />
      <Stack gap="sm">
        <Group justify="space-between">
          <Box maw="100%" style={{ overflowX: 'auto' }}>
            <SegmentedControl
              aria-label="Show"
              value={status}
              onChange={(value) => {
                setStatus(value);
                setPage(0);
              }}
              data={[
                { value: 'OPEN', label: 'Open' },
                { value: 'PUBLISHED', label: 'Published' },
                { value: 'AWARDED', label: 'Awarded' },
                { value: 'CANCELLED', label: 'Cancelled' },
                { value: '', label: 'All' },
              ]}
            />
          </Box>
          {list.data && (
            <Text size="sm" c="dimmed">
              {list.data.total} request{list.data.total === 1 ? '' : 's'}, newest first
            </Text>
          )}
        </Group>
        {list.isPending ? (
          <Loading label="Loading staffing requests…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load the staffing requests"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.items.length === 0 ? (
          <EmptyState
            icon={<IconUserSearch size={28} stroke={1.5} />}
            title={
              status && status !== 'OPEN'
                ? `No ${STATUS_LABEL[status].toLowerCase()} requests`
                : 'No staffing requests yet'
            }
            description={
              canEdit
                ? 'Open the gap list in Coverage and choose “Create staffing request” on an application that lacks experts or support hours.'
                : 'IT leaders make staffing requests from the gaps in the coverage matrix; they will appear here.'
            }
            action={
              canEdit && (
                <Button component={Link} to="/coverage?tab=gaps">
                  Go to the gap list
                </Button>
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
            <Table.ScrollContainer minWidth={860}>
              <Table highlightOnHover verticalSpacing="sm" aria-label="Staffing requests">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Request</Table.Th>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>Asks for</Table.Th>
                    <Table.Th>When</Table.Th>
                    <Table.Th w={120}>Status</Table.Th>
                    <Table.Th>Created</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((request) => (
                    <Table.Tr key={request.id}>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          fw={600}
                          ta="left"
                          onClick={() => setSelected(request.id)}
                        >
                          {request.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {request.applications.map((a) => a.name).join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>{KIND_LABEL[request.kind]}</Table.Td>
                      <Table.Td>
                        {request.peopleNeeded} {request.peopleNeeded === 1 ? 'person' : 'people'} at
                        level {request.minimumLevel}+, {request.hoursPerWeek} h/week
                        <Text size="xs" c="dimmed">
                          {request.supportWindow}
                        </Text>
                      </Table.Td>
                      <Table.Td>{requestPeriod(request)}</Table.Td>
                      <Table.Td>
                        <Badge
                          color={STATUS_COLOR[request.status]}
                          variant="light"
                          tt="none"
                          style={{ overflow: 'visible' }}
                        >
                          {STATUS_LABEL[request.status]}
                        </Badge>
                        {request.status === 'PUBLISHED' && (
                          <Text size="xs" c="dimmed" mt={2}>
                            {audienceText(request)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {formatDateTime(request.createdAt)}
                        <Text size="xs" c="dimmed">
                          by {request.createdBy}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {pages > 1 && (
              <Group justify="flex-end" mt="sm">
                <Pagination
                  total={pages}
                  value={page + 1}
                  onChange={(value) => setPage(value - 1)}
                  getControlProps={(control) => ({
                    'aria-label': control === 'previous' ? 'Previous page' : 'Next page',
                  })}
                />
              </Group>
            )}
          </Box>
        )}
      </Stack>
      <Drawer
        opened={selected !== null}
        onClose={() => setSelected(null)}
        position="right"
        size="lg"
        title={<Text fw={650}>Staffing request</Text>}
      >
        {selected !== null && <RequestDetail key={selected} id={selected} canEdit={canEdit} />}
      </Drawer>
    </>
  );
}

function RequestDetail({ id, canEdit }: { id: number; canEdit: boolean }) {
  const request = useStaffingRequest(id);
  const cancel = useCancelStaffingRequest();
  const [reason, setReason] = useState('');
  const [publishing, setPublishing] = useState(false);
  const [comparing, setComparing] = useState(false);
  if (request.isPending) return <Loading label="Loading the request…" />;
  if (request.isError) {
    return (
      <ErrorState
        title="We could not load this request"
        error={request.error}
        onRetry={() => void request.refetch()}
        retrying={request.isFetching}
      />
    );
  }
  const r = request.data;
  const errors = cancel.isError ? fieldErrors(cancel.error) : {};
  const general = [errors[''], errors.status, errors.version].filter(Boolean).join(' ');
  const live = r.status === 'OPEN' || r.status === 'PUBLISHED';
  const audience =
    r.audience === 'ALL'
      ? 'All partners'
      : r.publishedTo && r.publishedTo.length > 0
        ? r.publishedTo.map((p) => `${p.name} (since ${formatDateTime(p.at)})`).join(', ')
        : 'Not published yet';
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Title order={2} size="h4">
          {r.title}
        </Title>
        <Badge color={STATUS_COLOR[r.status]} variant="light" tt="none">
          {STATUS_LABEL[r.status]}
        </Badge>
      </Group>
      <Group gap="xs">
        {canEdit && live && r.audience !== 'ALL' && (
          <Button
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={() => setPublishing(true)}
          >
            {r.status === 'OPEN' ? 'Publish…' : 'Publish to more partners…'}
          </Button>
        )}
        {r.status !== 'OPEN' && (
          <Button
            variant="light"
            leftSection={<IconColumns size={16} aria-hidden />}
            onClick={() => setComparing(true)}
          >
            Compare proposals
          </Button>
        )}
      </Group>
      <Table withRowBorders={false} verticalSpacing={4} fz="sm" aria-label="Request details">
        <Table.Tbody>
          {(
            [
              ['Applications', r.applications.map((a) => a.name).join(', ')],
              ['Kind', KIND_LABEL[r.kind]],
              [
                'Asks for',
                `${r.peopleNeeded} ${r.peopleNeeded === 1 ? 'person' : 'people'} at level ${r.minimumLevel} or above`,
              ],
              ['Hours a week', String(r.hoursPerWeek)],
              ['Support window', r.supportWindow],
              ['When', requestPeriod(r)],
              ['Why', r.rationale ?? '—'],
              ['Notes', r.notes ?? '—'],
              ['Published to', audience],
            ] as const
          ).map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={150} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {r.status !== 'CANCELLED' && <MatchesPanel requestId={r.id} />}
      <Stack gap="xs">
        <Text fw={600} size="sm">
          History
        </Text>
        <Timeline bulletSize={14} lineWidth={2}>
          {(r.history ?? []).map((event) => (
            <Timeline.Item
              key={`${event.action}-${event.at}`}
              title={`${ACTION_LABEL[event.action] ?? event.action} by ${event.actorName}`}
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at)}
              </Text>
              {event.detail && <Text size="sm">“{event.detail}”</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
      {canEdit && live && (
        <Stack gap="xs">
          {general && (
            <Alert color="red" title="Not cancelled">
              {general}
            </Alert>
          )}
          <Textarea
            label="Reason for cancelling"
            placeholder="e.g. filled by an internal transfer"
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errorOf(errors, 'reason')}
            maxLength={1000}
          />
          <Group justify="flex-end">
            <Button
              color="red"
              variant="light"
              loading={cancel.isPending}
              onClick={() => cancel.mutate({ id: r.id, reason, version: r.version })}
            >
              Cancel request
            </Button>
          </Group>
        </Stack>
      )}
      <Suspense fallback={null}>
        {publishing && (
          <PublishDialog
            request={r}
            opened={publishing}
            onClose={() => setPublishing(false)}
            onReload={() => {
              setPublishing(false);
              void request.refetch();
            }}
          />
        )}
        {comparing && (
          <CompareProposals
            requestId={r.id}
            opened={comparing}
            onClose={() => setComparing(false)}
            canDecide={canEdit}
          />
        )}
      </Suspense>
    </Stack>
  );
}
