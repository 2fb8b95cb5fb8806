import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useApplicationCoverage } from '../api/coverage';
import type { ApplicationDetail, Gap } from '../types';
import { useRequestsInFlight } from '@/features/market';
import {
  formatRange,
  hours,
  LEVEL_LABEL,
  percent,
  STATUS_COLOR,
  STATUS_LABEL,
} from '../utils/matrix';
import { RequestStaffButton } from './RequestStaffButton';
import { Stat } from './Stat';
import { WeekGrid } from './WeekGrid';

export function ApplicationCoverage({
  id,
  onPerson,
  canEdit,
}: {
  id: number;
  onPerson: (id: number) => void;
  canEdit: boolean;
}) {
  const detail = useApplicationCoverage(id);
  if (detail.isPending) return <Loading label="Loading the application's coverage…" />;
  if (detail.isError)
    return (
      <ErrorState
        title="We could not load this application's coverage"
        error={detail.error}
        onRetry={() => void detail.refetch()}
        retrying={detail.isFetching}
      />
    );
  return <ApplicationCoverageView detail={detail.data} onPerson={onPerson} canEdit={canEdit} />;
}

function ApplicationCoverageView({
  detail,
  onPerson,
  canEdit,
}: {
  detail: ApplicationDetail;
  onPerson: (id: number) => void;
  canEdit: boolean;
}) {
  const app = detail.summary;
  const { gap } = detail;
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <Badge color={STATUS_COLOR[app.status]} size="lg" radius="sm" tt="none">
          {STATUS_LABEL[app.status]}
        </Badge>
        <Text size="sm" c="dimmed">
          {app.vendor} · {app.category.replaceAll('_', ' ').toLowerCase()} · criticality{' '}
          {app.criticality} · {app.lifecycle.toLowerCase()}
        </Text>
      </Group>
      {gap && (
        <Paper withBorder p="md" radius="md" component="section" aria-label="Why it is at risk">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4} style={{ minWidth: 0 }}>
              {gap.reasons.map((reason) => (
                <Text key={reason} size="sm">
                  {reason}
                </Text>
              ))}
            </Stack>
            {canEdit && <GapRequestButton gap={gap} />}
          </Group>
        </Paper>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label="Bus factor" value={String(app.busFactor)} hint="people at level 3 or 4" />
        <Stat
          label="Support window covered"
          value={percent(app.windowCoverage)}
          hint={`${app.coveredHours} of ${app.requiredHours} h a week (“${app.calendar}”)`}
        />
        <Stat
          label="Tickets"
          value={String(app.tickets30)}
          hint={`last 30 days · ${app.tickets90} in 90`}
        />
        <Stat
          label="Median turnaround"
          value={hours(app.medianTurnaroundHours)}
          hint="filed to resolved, last 90 days"
        />
      </SimpleGrid>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="app-week">
        <Title order={3} size="h5" id="app-week" mb={4}>
          The support window, hour by hour
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Local time in {app.zone}. An hour counts as covered when someone at level 3 or 4 is on
          shift.
          {app.uncovered.length > 0 &&
            ` Uncovered: ${app.uncovered.slice(0, 4).map(formatRange).join(', ')}${
              app.uncovered.length > 4 ? ` and ${app.uncovered.length - 4} more` : ''
            }.`}
        </Text>
        <WeekGrid
          week={detail.week}
          label={`Support window of ${app.name}: ${app.coveredHours} of ${app.requiredHours} hours covered`}
          legend={[
            { char: 'C', label: 'Required, expert on shift', color: 'var(--mantine-color-teal-5)' },
            { char: 'U', label: 'Required, nobody on shift', color: 'var(--mantine-color-red-6)' },
            {
              char: '.',
              label: 'Outside the support window',
              color: 'var(--mantine-color-gray-1)',
            },
          ]}
        />
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="app-people">
        <Title order={3} size="h5" id="app-people" mb="xs">
          Who can support it ({detail.people.length})
        </Title>
        {detail.people.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody has a recorded skill on this application.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={6} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Person</Table.Th>
                  <Table.Th>Level</Table.Th>
                  <Table.Th ta="right">Window hours on shift</Table.Th>
                  <Table.Th ta="right">Resolved (90 d)</Table.Th>
                  <Table.Th ta="right">Median</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.people.map((person) => (
                  <Table.Tr
                    key={person.staffId}
                    onClick={() => onPerson(person.staffId)}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {person.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {person.team ?? 'No team'}
                        {person.kind === 'CONTRACTED' ? ' · contracted' : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={person.expert ? 600 : 400}>
                        {person.level} · {LEVEL_LABEL[person.level]}
                      </Text>
                      {person.verifiedOn && (
                        <Text size="xs" c="dimmed">
                          verified {person.verifiedOn}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {person.expert ? person.windowHoursOnShift : '—'}
                    </Table.Td>
                    <Table.Td ta="right">{person.resolved}</Table.Td>
                    <Table.Td ta="right">{hours(person.medianTurnaroundHours)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}

/** The gap list's action, with the same open-request lookup (the same query, so one fetch). */
function GapRequestButton({ gap }: { gap: Gap }) {
  const open = useRequestsInFlight();
  const openRequest = open.data?.find((request) =>
    request.applications.some((app) => app.id === gap.applicationId),
  );
  return <RequestStaffButton gap={gap} openRequest={openRequest} />;
}
