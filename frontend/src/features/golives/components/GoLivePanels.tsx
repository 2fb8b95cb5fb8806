import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { fieldErrors } from '@/lib/field-errors';
import { formatDate, formatDateTime } from '@/lib/time';
import { useOpenStaffingRequest, useRemovePlanEntry } from '../api/golives';
import {
  BASIS_LABEL,
  EMPLOYER_KIND_LABEL,
  KIND_LABEL,
  type CoverageSide,
  type GoLive,
  type GoLiveKind,
  type SurgeEstimate,
  type WindowCoverage,
} from '../types';
import { figure } from '../utils';
import { AddPlanEntryDialog } from './AddPlanEntryDialog';

/** Where the hospital's staffing requests are listed (the marketplace's first tab). */
const REQUESTS_PATH = '/marketplace';

function Panel({
  title,
  aside,
  children,
}: {
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}

function Figure({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}

/** Usual and expected tickets a day, the multiplier and the past go-lives behind it. */
export function SurgePanel({ estimate }: { estimate: SurgeEstimate | null | undefined }) {
  if (!estimate) {
    return (
      <Panel title="Expected surge">
        <Text c="dimmed">No estimate for this go-live.</Text>
      </Panel>
    );
  }
  const byVolume = estimate.method === 'VOLUME';
  return (
    <Panel title="Expected surge">
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <Figure
          label="Usual"
          value={`${figure(estimate.baselinePerDay)} / day`}
          hint={`tickets a day over the ${estimate.daysBefore} days before`}
        />
        <Figure
          label="Expected"
          value={`${figure(estimate.expectedPerDay)} / day`}
          hint={
            byVolume
              ? 'a first go-live: the median tickets a day after past go-lives'
              : 'usual × multiplier'
          }
        />
        <Figure
          label="Multiplier"
          value={estimate.multiplier == null ? '—' : `× ${figure(estimate.multiplier)}`}
          hint={`from ${BASIS_LABEL[estimate.basis] ?? estimate.basis} (${estimate.basis}, ${estimate.method})`}
        />
      </SimpleGrid>
      <Text size="sm" fw={600} mb={4}>
        The history it came from
      </Text>
      {estimate.history.length === 0 ? (
        <Text size="sm" c="dimmed">
          No past go-live or upgrade to learn from: the default multiplier applies.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Surge history" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Application</Table.Th>
                <Table.Th>Went live on</Table.Th>
                <Table.Th ta="right">Before / day</Table.Th>
                <Table.Th ta="right">After / day</Table.Th>
                <Table.Th ta="right">Ratio</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {estimate.history.map((point) => (
                <Table.Tr key={`${point.applicationId}-${point.wentLiveOn}`}>
                  <Table.Td>
                    {point.application}
                    <Text size="xs" c="dimmed">
                      {KIND_LABEL[point.kind as GoLiveKind] ?? point.kind}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDate(point.wentLiveOn)}</Table.Td>
                  <Table.Td ta="right">{figure(point.beforePerDay)}</Table.Td>
                  <Table.Td ta="right">{figure(point.afterPerDay)}</Table.Td>
                  <Table.Td ta="right">
                    {point.ratio == null ? (
                      <Text span size="sm" c="dimmed">
                        — no ratio
                      </Text>
                    ) : (
                      <>
                        × {figure(point.ratio)}
                        {point.capped && (
                          <Badge ml={6} size="sm" color="orange" variant="light" tt="none">
                            capped
                          </Badge>
                        )}
                      </>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        Ratio: tickets a day in the {estimate.daysAfter} days from a go-live over the{' '}
        {estimate.daysBefore} days before it, counted at most 5 (capped). The multiplier is their
        median.
      </Text>
    </Panel>
  );
}

/** Who is in the command center, when and at which tier. */
export function PlanPanel({ event, canEdit }: { event: GoLive; canEdit: boolean }) {
  const [adding, setAdding] = useState(false);
  const remove = useRemovePlanEntry();
  const plan = event.plan ?? [];
  return (
    <Panel
      title="Command-center plan"
      aside={
        canEdit && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            Add
          </Button>
        )
      }
    >
      {remove.isError && (
        <Alert color="red" mb="sm" title="Not removed">
          {fieldErrors(remove.error)[''] ?? 'The entry could not be removed.'}
        </Alert>
      )}
      {plan.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody is planned for the command center yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label="Command-center plan" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Who</Table.Th>
                <Table.Th>Employer</Table.Th>
                <Table.Th>Tier</Table.Th>
                <Table.Th>From – to</Table.Th>
                <Table.Th ta="right">Hours</Table.Th>
                <Table.Th>Role</Table.Th>
                {canEdit && (
                  <Table.Th w={50}>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td fw={600}>{entry.name}</Table.Td>
                  <Table.Td>
                    {EMPLOYER_KIND_LABEL[entry.kind] ?? entry.kind}
                    {entry.employer && (
                      <Text size="xs" c="dimmed">
                        {entry.employer}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{entry.tier}</Table.Td>
                  <Table.Td>
                    {formatDateTime(entry.startsAt)} – {formatDateTime(entry.endsAt)}
                  </Table.Td>
                  <Table.Td ta="right">{figure(entry.hours)}</Table.Td>
                  <Table.Td>{entry.role ?? '—'}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${entry.name}`}
                        loading={remove.isPending && remove.variables?.entryId === entry.id}
                        onClick={() => remove.mutate({ id: event.id, entryId: entry.id })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canEdit && adding && (
        <AddPlanEntryDialog event={event} opened={adding} onClose={() => setAdding(false)} />
      )}
    </Panel>
  );
}

const COVERAGE_COLOR: Record<string, string> = { GOOD: 'teal', RISK: 'orange', GAP: 'red' };

function CoverageBadge({ status }: { status: string }) {
  return (
    <Badge color={COVERAGE_COLOR[status] ?? 'gray'} variant="light" tt="none">
      {status}
    </Badge>
  );
}

const SIDE_ROWS: { label: string; value: (side: CoverageSide) => ReactNode }[] = [
  { label: 'Status', value: (side) => <CoverageBadge status={side.status} /> },
  { label: 'Bus factor (experts at level ≥ 3)', value: (side) => side.busFactor },
  {
    label: 'Covered / required hours',
    value: (side) =>
      `${side.coveredHours} / ${side.requiredHours} (${Math.round(side.windowCoverage * 100)} %)`,
  },
  { label: 'Tickets', value: (side) => figure(side.tickets) },
  { label: 'Load hours', value: (side) => figure(side.loadHours) },
  { label: 'Command-center hours', value: (side) => figure(side.commandCenterHours) },
];

/** The window's coverage before and after, what is still short, and the request for it. */
export function CoveragePanel({ event, canEdit }: { event: GoLive; canEdit: boolean }) {
  const coverage: WindowCoverage | null | undefined = event.coverage;
  const open = useOpenStaffingRequest();
  if (!coverage) {
    return (
      <Panel title="Coverage for the window">
        <Text size="sm" c="dimmed">
          {event.application.name} is not in the coverage matrix, so its window cannot be evaluated.
        </Text>
      </Panel>
    );
  }
  const short = coverage.stillShort;
  const request = event.staffingRequest;
  const requestOpen = request && request.status !== 'CANCELLED' && request.status !== 'AWARDED';
  const refusal = open.isError ? fieldErrors(open.error) : null;
  return (
    <Panel title="Coverage for the window">
      <Text size="sm" c="dimmed" mb="xs">
        {formatDateTime(coverage.from)} – {formatDateTime(coverage.until)}, {coverage.windowHours}{' '}
        hours; {figure(coverage.effortHoursPerTicket)} h of work per ticket.
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label="Coverage before and after" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>Figure</VisuallyHidden>
              </Table.Th>
              <Table.Th>Usual</Table.Th>
              <Table.Th>With surge and plan</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SIDE_ROWS.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row" fw={500}>
                  {row.label}
                </Table.Th>
                <Table.Td>{row.value(coverage.before)}</Table.Td>
                <Table.Td>{row.value(coverage.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={4} size="h5" mt="md" mb="xs">
        Still short
      </Title>
      {short.peopleNeeded === 0 ? (
        <Text size="sm" c="teal">
          Nothing is short: the plan and the usual staff cover the window and the surge.
        </Text>
      ) : (
        <Stack gap="xs" aria-label="Still short">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label="Short hours" value={figure(short.shortHours)} />
            <Figure label="Hours a week" value={figure(short.hoursPerWeek)} />
            <Figure label="People" value={short.peopleNeeded} />
            <Figure label="Experts short" value={short.expertsShort} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Surge hours {figure(short.surgeHours)}, {figure(short.surgeHoursLeft)} left after the
            plan; {short.uncoveredHours} hours of the support window without an expert.
          </Text>
          {short.reasons.length > 0 && (
            <List size="sm" spacing={2}>
              {short.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      <Stack gap="xs" mt="sm">
        {request && (
          <Text size="sm">
            Staffing request:{' '}
            <Anchor component={Link} to={REQUESTS_PATH}>
              {request.title}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              ({request.status.toLowerCase()})
            </Text>
          </Text>
        )}
        {open.isSuccess && (
          <Alert color="teal" title="Staffing request opened">
            <Anchor component={Link} to={REQUESTS_PATH}>
              {open.data.title}
            </Anchor>{' '}
            is in Staffing requests, ready to publish to partners.
          </Alert>
        )}
        {refusal && (
          <Alert color="red" title="No staffing request opened">
            {refusal[''] ?? Object.values(refusal).join('; ')}
          </Alert>
        )}
        {canEdit && short.peopleNeeded > 0 && !requestOpen && (
          <Group>
            <Button variant="light" loading={open.isPending} onClick={() => open.mutate(event.id)}>
              Open staffing request for what is short
            </Button>
          </Group>
        )}
      </Stack>
    </Panel>
  );
}
