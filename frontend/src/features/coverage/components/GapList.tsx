import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  LoadingOverlay,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useRequestsInFlight, type StaffingRequest } from '@/features/market';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useGaps } from '../api/coverage';
import type { CoverageStatus, Gap } from '../types';
import { formatRange, STATUS_COLOR, STATUS_LABEL } from '../utils/matrix';
import { ListPages } from '@/components/ListPages';
import { RequestStaffButton } from './RequestStaffButton';

const PAGE_SIZE = 25;

/**
 * Applications at risk or with a gap, worst first, each with what a staffing request to a partner
 * would ask for and a button that opens that request, prefilled. A gap that already has an open
 * request says so, so a leader does not ask partners twice.
 */
export function GapList({
  onApplication,
  canEdit,
}: {
  onApplication: (id: number) => void;
  canEdit: boolean;
}) {
  const [status, setStatus] = useState<CoverageStatus | ''>('');
  const [page, setPage] = useState(0);
  const gaps = useGaps({ status, page, size: PAGE_SIZE });
  // Requests still looking for people (open or published to partners), by application.
  const open = useRequestsInFlight();
  const requestFor = new Map<number, StaffingRequest>();
  for (const request of open.data ?? []) {
    for (const app of request.applications) {
      if (!requestFor.has(app.id)) requestFor.set(app.id, request);
    }
  }
  const pages = gaps.data ? Math.ceil(gaps.data.total / gaps.data.size) : 0;

  return (
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
            { value: '', label: 'Gaps and risks' },
            { value: 'GAP', label: 'Gaps only' },
            { value: 'RISK', label: 'Risks only' },
          ]}
        />
        {gaps.data && (
          <Text size="sm" c="dimmed">
            {gaps.data.total} application{gaps.data.total === 1 ? '' : 's'}, worst first
          </Text>
        )}
      </Group>
      {gaps.isPending ? (
        <Loading label="Loading the gaps…" />
      ) : gaps.isError ? (
        <ErrorState
          title="We could not load the gaps"
          error={gaps.error}
          onRetry={() => void gaps.refetch()}
          retrying={gaps.isFetching}
        />
      ) : gaps.data.items.length === 0 ? (
        <EmptyState
          icon={<IconCircleCheck size={28} stroke={1.5} />}
          title="No gaps"
          description="Every application has enough experts on shift for its whole support window."
        />
      ) : (
        <Box pos="relative">
          <LoadingOverlay visible={gaps.isPlaceholderData} zIndex={1} overlayProps={{ blur: 1 }} />
          <Stack gap="sm">
            {gaps.data.items.map((gap) => (
              <GapCard
                key={gap.applicationId}
                gap={gap}
                onApplication={onApplication}
                canEdit={canEdit}
                openRequest={requestFor.get(gap.applicationId)}
              />
            ))}
          </Stack>
          <ListPages page={page + 1} pages={pages} onPage={(value) => setPage(value - 1)} />
        </Box>
      )}
    </Stack>
  );
}

function GapCard({
  gap,
  onApplication,
  canEdit,
  openRequest,
}: {
  gap: Gap;
  onApplication: (id: number) => void;
  canEdit: boolean;
  openRequest: StaffingRequest | undefined;
}) {
  const request = gap.request;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={gap.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge color={STATUS_COLOR[gap.status]} radius="sm" tt="none">
              {STATUS_LABEL[gap.status]}
            </Badge>
            <Button
              variant="subtle"
              px={4}
              size="compact-md"
              fw={650}
              onClick={() => onApplication(gap.applicationId)}
            >
              {gap.name}
            </Button>
            <Text size="sm" c="dimmed">
              {gap.vendor} · criticality {gap.criticality} · {gap.tickets90} tickets in 90 days
            </Text>
          </Group>
          {gap.reasons.map((reason) => (
            <Text key={reason} size="sm">
              {reason}
            </Text>
          ))}
        </Stack>
        {canEdit && <RequestStaffButton gap={gap} openRequest={openRequest} />}
      </Group>
      {openRequest && (
        <Alert color="blue" variant="light" mt="sm" py={6} aria-label="Open staffing request">
          <Text size="sm">
            Staffing request open:{' '}
            <Anchor component={Link} to="/marketplace" size="sm" fw={600}>
              {openRequest.title}
            </Anchor>{' '}
            ({openRequest.peopleNeeded} {openRequest.peopleNeeded === 1 ? 'person' : 'people'},{' '}
            {openRequest.hoursPerWeek} h/week)
          </Text>
        </Alert>
      )}
      <Table
        mt="sm"
        verticalSpacing={4}
        withRowBorders={false}
        fz="sm"
        aria-label="Staffing request details"
      >
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={210} fw={500} c="dimmed">
              A request would ask for
            </Table.Th>
            <Table.Td>
              {request.peopleNeeded} {request.peopleNeeded === 1 ? 'person' : 'people'} at level{' '}
              {request.minimumLevel} or above, {request.hoursPerWeek} h a week in total
              {request.uncoveredHoursPerWeek > 0
                ? `, covering the ${request.uncoveredHoursPerWeek} uncovered hours of the “${request.window}” window`
                : `, as more experts for the “${request.window}” window`}
            </Table.Td>
          </Table.Tr>
          {request.uncovered.length > 0 && (
            <Table.Tr>
              <Table.Th fw={500} c="dimmed">
                Uncovered hours (local)
              </Table.Th>
              <Table.Td>
                {request.uncovered.slice(0, 6).map(formatRange).join(', ')}
                {request.uncovered.length > 6 ? ` and ${request.uncovered.length - 6} more` : ''}
              </Table.Td>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Th fw={500} c="dimmed">
              Experts today
            </Table.Th>
            <Table.Td>{gap.experts.length ? gap.experts.join(', ') : 'None'}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
