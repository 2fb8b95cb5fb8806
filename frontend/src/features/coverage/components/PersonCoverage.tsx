import {
  Alert,
  Badge,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFlame } from '@tabler/icons-react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useStaffMember } from '../api/catalog';
import { usePersonCoverage } from '../api/coverage';
import type { PersonDetail } from '../types';
import { hours, LEVEL_LABEL, percent, shortDay, STATUS_COLOR, STATUS_LABEL } from '../utils/matrix';
import { SkillForm } from './SkillForm';
import { Stat } from './Stat';
import { WeekGrid } from './WeekGrid';

export function PersonCoverage({
  id,
  onApplication,
  canEdit = false,
}: {
  id: number;
  onApplication: (id: number) => void;
  canEdit?: boolean;
}) {
  const detail = usePersonCoverage(id);
  if (detail.isPending) return <Loading label="Loading this person's coverage…" />;
  if (detail.isError)
    return (
      <ErrorState
        title="We could not load this person's coverage"
        error={detail.error}
        onRetry={() => void detail.refetch()}
        retrying={detail.isFetching}
      />
    );
  return (
    <PersonCoverageView detail={detail.data} onApplication={onApplication} canEdit={canEdit} />
  );
}

/** Whether the person can be given tickets: the desk finds them through their linked sign-in. */
function SignInBadge({ staffId }: { staffId: number }) {
  const member = useStaffMember(staffId);
  if (!member.data) return null;
  const account = member.data.account;
  return account ? (
    <Badge variant="light" radius="sm" tt="none" color="teal">
      Signs in as {account.name} ({account.email ?? account.username})
    </Badge>
  ) : (
    <Badge variant="light" radius="sm" tt="none" color="gray">
      Sign-in not linked: the desk cannot give this person tickets
    </Badge>
  );
}

function PersonCoverageView({
  detail,
  onApplication,
  canEdit,
}: {
  detail: PersonDetail;
  onApplication: (id: number) => void;
  canEdit: boolean;
}) {
  const person = detail.summary;
  const weeks = detail.weeklyLoadHours;
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <Badge
          variant="light"
          radius="sm"
          tt="none"
          color={person.kind === 'CONTRACTED' ? 'orange' : 'medley'}
        >
          {person.kind === 'CONTRACTED' ? `Contracted · ${person.employer}` : 'Internal'}
        </Badge>
        <Text size="sm" c="dimmed">
          {person.team ?? 'No team'} · {person.zone}
          {person.email ? ` · ${person.email}` : ''}
        </Text>
        <SignInBadge staffId={person.id} />
      </Group>
      {person.burnout && (
        <Alert color="red" variant="light" icon={<IconFlame aria-hidden />} title="Burnout risk">
          Load was over 110 % of capacity in {person.overloadedWeeks} of the last {weeks.length}{' '}
          weeks.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat
          label="Capacity"
          value={`${person.capacityHours} h`}
          hint={`${person.shiftHours} h of shifts a week`}
        />
        <Stat
          label="Load, last 7 days"
          value={`${person.loadHours.toFixed(1)} h`}
          hint={`${percent(person.loadRatio)} of capacity`}
        />
        <Stat
          label="Only they cover"
          value={String(person.soleCover.length)}
          hint="applications with no other expert"
        />
        <Stat
          label="Median turnaround"
          value={hours(person.medianTurnaroundHours)}
          hint="last 90 days"
        />
      </SimpleGrid>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-load">
        <Title order={3} size="h5" id="person-load" mb={4}>
          Load against capacity, week by week
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Estimated from assigned tickets (hours per ticket by tier, set by your administrator).
        </Text>
        <Stack gap={6}>
          {weeks.map((load, index) => {
            const ratio = person.capacityHours > 0 ? load / person.capacityHours : 0;
            return (
              <Group key={index} gap="sm" wrap="nowrap">
                <Text size="xs" w={90} c="dimmed">
                  {index === 0 ? 'Last 7 days' : `${index} week${index > 1 ? 's' : ''} before`}
                </Text>
                <Progress
                  value={Math.min(ratio * 100, 100)}
                  color={ratio > 1.1 ? 'red' : ratio > 0.9 ? 'yellow' : 'teal'}
                  style={{ flex: 1 }}
                  aria-label={`${load.toFixed(1)} hours`}
                />
                <Text size="xs" w={110} ta="right">
                  {load.toFixed(1)} h · {percent(ratio)}
                </Text>
              </Group>
            );
          })}
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-week">
        <Title order={3} size="h5" id="person-week" mb={4}>
          Shifts
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {detail.shifts.length === 0
            ? 'No shifts recorded: this person covers no hours of any support window.'
            : `${detail.shifts.map((s) => `${shortDay(s.day)} ${s.from}–${s.to}`).join(', ')} (local time in ${person.zone}).`}
        </Text>
        <WeekGrid
          week={detail.week}
          label={`Shifts of ${person.name}`}
          legend={[
            { char: 'S', label: 'On shift', color: 'var(--mantine-color-medley-5)' },
            { char: '.', label: 'Off', color: 'var(--mantine-color-gray-1)' },
          ]}
        />
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-skills">
        <Title order={3} size="h5" id="person-skills" mb="xs">
          Skills ({detail.skills.length})
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Application</Table.Th>
                <Table.Th>Level</Table.Th>
                <Table.Th>Last verified</Table.Th>
                <Table.Th>Application status</Table.Th>
                <Table.Th ta="right">Resolved (90 d)</Table.Th>
                <Table.Th ta="right">Median</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.skills.map((skill) => (
                <Table.Tr
                  key={skill.applicationId}
                  onClick={() => onApplication(skill.applicationId)}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {skill.application}
                    </Text>
                    {skill.soleCover && (
                      <Badge color="red" variant="light" size="xs" radius="sm" tt="none">
                        Only expert
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {skill.level} · {LEVEL_LABEL[skill.level]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{skill.verifiedOn ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[skill.status]} variant="light" radius="sm" tt="none">
                      {STATUS_LABEL[skill.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{skill.resolved}</Table.Td>
                  <Table.Td ta="right">{hours(skill.medianTurnaroundHours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {canEdit && <SkillForm key={person.id} staffId={person.id} known={detail.skills} />}
    </Stack>
  );
}
