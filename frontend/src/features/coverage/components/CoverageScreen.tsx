import {
  Alert,
  Badge,
  Box,
  Button,
  Drawer,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFlask, IconSearch } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { useMatrix } from '../api/coverage';
import type { CoverageStatus, Matrix, StaffKind, WhatIfResult } from '../types';
import {
  NO_FILTERS,
  categoryLabel,
  certificationIndex,
  distinct,
  levelIndex,
  type MatrixFilters,
  visibleMatrix,
} from '../utils/matrix';
import { ApplicationCoverage } from './ApplicationCoverage';
import { CatalogPanel } from './CatalogPanel';
import { GapList } from './GapList';
import { Heatmap, HeatmapLegend } from './Heatmap';
import { PersonCoverage } from './PersonCoverage';
import { TransferPanel } from './TransferPanel';
import { WhatIfPanel } from './WhatIfPanel';

/**
 * The IT leader's home: every application against the people who can support it, where it is
 * thin, and what to ask partners for. Drill-downs are in the address (?application=12,
 * ?person=7) so they can be linked.
 */
export function CoverageScreen({ canEdit }: { canEdit: boolean }) {
  const matrix = useMatrix();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'matrix';
  const applicationId = positive(params.get('application'));
  const personId = positive(params.get('person'));

  const open = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('application');
        next.delete('person');
        if (value !== null) next.set(key, value);
        return next;
      },
      { replace: value === null },
    );
  const showApplication = (id: number) => open('application', String(id));
  const showPerson = (id: number) => open('person', String(id));
  const close = () => open('application', null);

  const app = matrix.data?.applications.find((a) => a.id === applicationId);
  const person = matrix.data?.staff.find((p) => p.id === personId);

  return (
    <Box>
      <PageHeader
        title="Coverage"
        description="Every application and system against the internal and contracted people who can support it: where one resignation leaves nobody, which support hours nobody is on shift for, and who is overloaded."
      />
      {matrix.isPending ? (
        <Loading label="Working out the coverage matrix…" />
      ) : matrix.isError ? (
        <ErrorState
          title="We could not load the coverage matrix"
          error={matrix.error}
          onRetry={() => void matrix.refetch()}
          retrying={matrix.isFetching}
        />
      ) : (
        <Stack gap="lg">
          <Summary matrix={matrix.data} />
          <Tabs
            value={tab}
            onChange={(value) =>
              setParams((current) => {
                const next = new URLSearchParams(current);
                next.set('tab', value ?? 'matrix');
                return next;
              })
            }
            keepMounted={false}
          >
            <Tabs.List>
              <Tabs.Tab value="matrix">Matrix</Tabs.Tab>
              <Tabs.Tab value="gaps">
                Gaps and risks{' '}
                <Badge size="sm" color="red" variant="light" ml={4}>
                  {matrix.data.counts.gap + matrix.data.counts.risk}
                </Badge>
              </Tabs.Tab>
              <Tabs.Tab value="catalog">Applications and staff</Tabs.Tab>
              <Tabs.Tab value="data">Import and export</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="matrix" pt="md">
              <MatrixTab
                matrix={matrix.data}
                onApplication={showApplication}
                onPerson={showPerson}
              />
            </Tabs.Panel>
            <Tabs.Panel value="gaps" pt="md">
              <GapList onApplication={showApplication} canEdit={canEdit} />
            </Tabs.Panel>
            <Tabs.Panel value="catalog" pt="md">
              <CatalogPanel canEdit={canEdit} onPerson={showPerson} />
            </Tabs.Panel>
            <Tabs.Panel value="data" pt="md">
              <TransferPanel canEdit={canEdit} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
      <Drawer
        opened={applicationId !== null}
        onClose={close}
        position="right"
        size="xl"
        title={
          <Title order={2} size="h3" component="span">
            {app?.name ?? 'Application'}
          </Title>
        }
        closeButtonProps={{ 'aria-label': 'Close application' }}
      >
        {applicationId !== null && (
          <ApplicationCoverage id={applicationId} onPerson={showPerson} canEdit={canEdit} />
        )}
      </Drawer>
      <Drawer
        opened={personId !== null}
        onClose={close}
        position="right"
        size="xl"
        title={
          <Title order={2} size="h3" component="span">
            {person?.name ?? 'Staff member'}
          </Title>
        }
        closeButtonProps={{ 'aria-label': 'Close staff member' }}
      >
        {personId !== null && (
          <PersonCoverage id={personId} onApplication={showApplication} canEdit={canEdit} />
        )}
      </Drawer>
    </Box>
  );
}

function positive(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : null;
}

function Summary({ matrix }: { matrix: Matrix }) {
  const burnout = matrix.staff.filter((p) => p.burnout).length;
  const single = matrix.applications.filter((a) => a.busFactor === 1).length;
  const contracted = matrix.staff.filter((p) => p.kind === 'CONTRACTED').length;
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }}>
      <Figure
        label="Gaps"
        value={matrix.counts.gap}
        color="red"
        hint="nobody, or no window hour covered"
      />
      <Figure
        label="At risk"
        value={matrix.counts.risk}
        color="yellow"
        hint="one expert, or hours uncovered"
      />
      <Figure
        label="Good"
        value={matrix.counts.good}
        color="teal"
        hint="2+ experts, whole window covered"
      />
      <Figure label="Single points of failure" value={single} hint="applications with one expert" />
      <Figure
        label="Burnout risk"
        value={burnout}
        color={burnout ? 'red' : undefined}
        hint={`of ${matrix.staff.length} staff (${contracted} contracted)`}
      />
    </SimpleGrid>
  );
}

function Figure({
  label,
  value,
  hint,
  color,
}: {
  label: string;
  value: number;
  hint: string;
  color?: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={28} c={color} lh={1.2}>
        {value.toLocaleString()}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

function MatrixTab({
  matrix,
  onApplication,
  onPerson,
}: {
  matrix: Matrix;
  onApplication: (id: number) => void;
  onPerson: (id: number) => void;
}) {
  const [filters, setFilters] = useState<MatrixFilters>(NO_FILTERS);
  const [search] = useDebouncedValue(filters.search, 200);
  const [whatIf, setWhatIf] = useState<WhatIfResult | null>(null);
  const [whatIfOpen, setWhatIfOpen] = useState(false);
  const levels = useMemo(() => levelIndex(matrix.cells), [matrix.cells]);
  const certifications = useMemo(
    () => certificationIndex(matrix.certifications ?? []),
    [matrix.certifications],
  );
  const categories = useMemo(() => distinct(matrix.applications.map((a) => a.category)), [matrix]);
  const teams = useMemo(() => distinct(matrix.staff.map((p) => p.team)), [matrix]);
  const overrides = useMemo(
    () => (whatIf ? new Map(whatIf.statuses.map((s) => [s.id, s.status])) : null),
    [whatIf],
  );
  const { rows, columns } = useMemo(
    () => visibleMatrix(matrix, levels, { ...filters, search }, overrides),
    [matrix, levels, filters, search, overrides],
  );
  const set = (patch: Partial<MatrixFilters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Application"
          placeholder="Name or vendor"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filters.search}
          onChange={(e) => set({ search: e.currentTarget.value })}
          w={220}
        />
        <FilterSelect
          label="Category"
          value={filters.category}
          onChange={(category) => set({ category })}
          data={categories.map((c) => ({ value: c, label: categoryLabel(c) }))}
        />
        <FilterSelect
          label="Criticality"
          value={filters.criticality}
          onChange={(criticality) => set({ criticality })}
          data={['1', '2', '3', '4'].map((c) => ({
            value: c,
            label: `${c}${c === '1' ? ' (most critical)' : ''}`,
          }))}
        />
        <FilterSelect
          label="Status"
          value={filters.status}
          onChange={(status) => set({ status: status as CoverageStatus | null })}
          data={[
            { value: 'GAP', label: 'Gap' },
            { value: 'RISK', label: 'At risk' },
            { value: 'GOOD', label: 'Good' },
          ]}
        />
        <FilterSelect
          label="Staff"
          value={filters.kind}
          onChange={(kind) => set({ kind: kind as StaffKind | null })}
          data={[
            { value: 'INTERNAL', label: 'Internal' },
            { value: 'CONTRACTED', label: 'Contracted' },
          ]}
        />
        <FilterSelect
          label="Team"
          value={filters.team}
          onChange={(team) => set({ team })}
          data={teams.map((t) => ({ value: t, label: t }))}
        />
        <Button
          variant={whatIf ? 'filled' : 'light'}
          color="grape"
          leftSection={<IconFlask size={16} aria-hidden />}
          onClick={() => setWhatIfOpen(true)}
          ml="auto"
        >
          What if…
        </Button>
      </Group>
      {whatIf && (
        <Alert color="grape" variant="light" title="What-if view: nothing has been saved">
          <Group justify="space-between">
            <Text size="sm">
              Statuses show the matrix with your changes: {whatIf.changes.length} application
              {whatIf.changes.length === 1 ? '' : 's'} would change. Skill cells still show today's
              people.
            </Text>
            <Button size="xs" variant="default" onClick={() => setWhatIf(null)}>
              Back to the current state
            </Button>
          </Group>
        </Alert>
      )}
      <HeatmapLegend />
      {rows.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          No application matches these filters.
        </Text>
      ) : (
        <Heatmap
          rows={rows}
          columns={columns}
          levels={levels}
          certifications={certifications}
          overrides={overrides}
          onApplication={onApplication}
          onPerson={onPerson}
        />
      )}
      <Text size="xs" c="dimmed">
        Columns show the people with a skill on the listed applications. Bus factor counts people at
        level {matrix.rules.expertLevel} or above; the window is each application's support
        calendar, covered when one of them is on shift. Load and turnaround come from the last 90
        days of tickets.
      </Text>
      <Drawer
        opened={whatIfOpen}
        onClose={() => setWhatIfOpen(false)}
        position="right"
        size="lg"
        title={
          <Title order={2} size="h3" component="span">
            What if…
          </Title>
        }
      >
        <WhatIfPanel matrix={matrix} onResult={setWhatIf} />
      </Drawer>
    </Stack>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  data,
}: {
  label: ReactNode;
  value: string | null;
  onChange: (value: string | null) => void;
  data: { value: string; label: string }[];
}) {
  return (
    <Select
      label={label}
      placeholder="All"
      value={value}
      onChange={onChange}
      data={data}
      clearable
      w={150}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
