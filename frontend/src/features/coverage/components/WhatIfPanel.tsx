import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { useWhatIf } from '../api/coverage';
import type { Matrix, ShiftView, WhatIfResult } from '../types';
import { percent, STATUS_COLOR, STATUS_LABEL } from '../utils/matrix';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const PATTERNS: Record<string, { label: string; shifts: ShiftView[] }> = {
  days: {
    label: 'Weekdays 07:00–19:00',
    shifts: DAYS.slice(0, 5).map((day) => ({ day, from: '07:00', to: '19:00' })),
  },
  nights: {
    label: 'Every night 19:00–07:00',
    shifts: DAYS.map((day) => ({ day, from: '19:00', to: '07:00' })),
  },
  weekends: {
    label: 'Weekends around the clock',
    shifts: ['SATURDAY', 'SUNDAY'].map((day) => ({ day, from: '00:00', to: '00:00' })),
  },
  always: {
    label: 'Around the clock (a team)',
    shifts: DAYS.map((day) => ({ day, from: '00:00', to: '00:00' })),
  },
};

interface WhatIfPanelProps {
  matrix: Matrix;
  onResult: (result: WhatIfResult | null) => void;
}

/** Take people out or add a contracted expert, and see the matrix change before anything is saved. */
export function WhatIfPanel({ matrix, onResult }: WhatIfPanelProps) {
  const [remove, setRemove] = useState<string[]>([]);
  const [add, setAdd] = useState(false);
  const [name, setName] = useState('Contracted expert');
  const [pattern, setPattern] = useState<string>('nights');
  const [zone, setZone] = useState('America/New_York');
  const [capacity, setCapacity] = useState<number | string>(40);
  const [apps, setApps] = useState<string[]>([]);
  const [level, setLevel] = useState<string>('4');
  const whatIf = useWhatIf();

  const run = () =>
    whatIf.mutate(
      {
        removeStaffIds: remove.map(Number),
        addContracted: add
          ? [
              {
                name: name.trim() || 'Contracted expert',
                capacityHours: Number(capacity) || 0,
                zone: zone.trim(),
                shifts: PATTERNS[pattern]!.shifts,
                skills: apps.map((id) => ({ applicationId: Number(id), level: Number(level) })),
              },
            ]
          : [],
      },
      { onSuccess: (result) => onResult(result) },
    );

  const result = whatIf.data;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Nothing here is saved. The matrix behind this panel shows the result until you go back to
        the current state.
      </Text>
      <MultiSelect
        label="Without these people"
        description="For example someone leaving, or on long leave"
        placeholder="Search by name"
        searchable
        clearable
        limit={50}
        data={matrix.staff.map((p) => ({
          value: String(p.id),
          label: `${p.name} (${p.team ?? 'no team'})`,
        }))}
        value={remove}
        onChange={setRemove}
      />
      <Paper withBorder p="sm" radius="md">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Add a contracted person
          </Title>
          <Button variant={add ? 'light' : 'default'} size="xs" onClick={() => setAdd((v) => !v)}>
            {add ? 'Leave out' : 'Add one'}
          </Button>
        </Group>
        {add && (
          <Stack gap="xs" mt="xs">
            <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Group grow>
              <Select
                label="Shifts"
                data={Object.entries(PATTERNS).map(([value, p]) => ({ value, label: p.label }))}
                value={pattern}
                onChange={(value) => setPattern(value ?? 'nights')}
                allowDeselect={false}
              />
              <TextInput
                label="Time zone"
                value={zone}
                onChange={(e) => setZone(e.currentTarget.value)}
              />
            </Group>
            <Group grow>
              <NumberInput
                label="Hours a week"
                min={0}
                max={168}
                value={capacity}
                onChange={setCapacity}
              />
              <Select
                label="Level on these applications"
                data={[
                  { value: '3', label: '3 · Independent at L2' },
                  { value: '4', label: '4 · Expert / L3' },
                ]}
                value={level}
                onChange={(value) => setLevel(value ?? '4')}
                allowDeselect={false}
              />
            </Group>
            <MultiSelect
              label="Applications they would support"
              searchable
              limit={50}
              data={matrix.applications.map((a) => ({ value: String(a.id), label: a.name }))}
              value={apps}
              onChange={setApps}
            />
          </Stack>
        )}
      </Paper>
      <Group>
        <Button onClick={run} loading={whatIf.isPending} disabled={remove.length === 0 && !add}>
          Show the effect
        </Button>
        {result && (
          <Button
            variant="default"
            onClick={() => {
              whatIf.reset();
              onResult(null);
            }}
          >
            Back to the current state
          </Button>
        )}
      </Group>
      {whatIf.isError && <ErrorState title="Medley could not work this out" error={whatIf.error} />}
      {result && <WhatIfOutcome result={result} />}
    </Stack>
  );
}

function WhatIfOutcome({ result }: { result: WhatIfResult }) {
  const rows: [string, keyof WhatIfResult['before'], string][] = [
    ['Gap', 'gap', 'red'],
    ['At risk', 'risk', 'yellow'],
    ['Good', 'good', 'teal'],
  ];
  return (
    <Stack gap="sm">
      <Group gap="lg">
        {rows.map(([label, key, color]) => (
          <Group key={key} gap={6}>
            <Badge color={color} radius="sm" tt="none">
              {label}
            </Badge>
            <Text size="sm">
              {result.before[key]} <IconArrowRight size={12} aria-label="becomes" />{' '}
              {result.after[key]}
            </Text>
          </Group>
        ))}
      </Group>
      {result.changes.length === 0 ? (
        <Alert variant="light">No application would change.</Alert>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Application</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Bus factor</Table.Th>
              <Table.Th ta="right">Window</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.changes.slice(0, 100).map((change) => (
              <Table.Tr key={change.applicationId}>
                <Table.Td>{change.name}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge size="xs" variant="light" color={STATUS_COLOR[change.before]} tt="none">
                      {STATUS_LABEL[change.before]}
                    </Badge>
                    <IconArrowRight size={12} aria-label="becomes" />
                    <Badge size="xs" color={STATUS_COLOR[change.after]} tt="none">
                      {STATUS_LABEL[change.after]}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  {change.busFactorBefore} → {change.busFactorAfter}
                </Table.Td>
                <Table.Td ta="right">
                  {percent(change.windowCoverageBefore)} → {percent(change.windowCoverageAfter)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
