import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconDownload, IconReplace } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { describeError } from '@/lib/errors';
import { useDeviceModels } from '../api/devices';
import { downloadReplacementPlan, useReplacementPlan } from '../api/replacement';
import type { ReplacementParams, ReplacementPlan, ReplacementRow } from '../types';
import { DevicesNav } from './DevicesNav';
import { EndOfSupport } from './DevicesPage';

const PAGE_SIZE = 50;

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The score's colour: from 60 replace soon, from 35 watch. Darker than the theme's red and orange
 * so that they pass WCAG AA on striped rows, as the end-of-support flag's do.
 */
function scoreColor(score: number): string | undefined {
  return score >= 60 ? 'red.9' : score >= 35 ? '#9c3d00' : undefined;
}

/**
 * The replacement plan for capital planning: devices in service ranked by a documented score, each
 * row with the figures behind it (age, end of support, repairs against replacement cost, downtime,
 * corrective work), uptime per model, and "could not duplicate" outcomes per model and unit as a
 * training signal. Filters by site, class, model and period; the whole plan exports as CSV.
 */
export function ReplacementPlanPage() {
  const [site, setSite] = useState<string | null>(null);
  const [deviceClass, setDeviceClass] = useState<string | null>(null);
  const [modelId, setModelId] = useState<number | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const [exportError, setExportError] = useState<string | null>(null);
  const params: ReplacementParams = {
    site,
    deviceClass,
    modelId,
    from: DAY.test(from) ? from : null,
    to: DAY.test(to) ? to : null,
  };
  const plan = useReplacementPlan(params, page - 1, PAGE_SIZE);
  const models = useDeviceModels();
  const refilter = <T,>(set: (value: T) => void) => {
    return (value: T) => {
      set(value);
      setPage(1);
    };
  };

  return (
    <Stack gap="md">
      <DevicesNav />
      <PageHeader
        title="Replacement plan"
        description="Devices in service ranked for capital planning, with the figures behind each rank."
        aside={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => {
              setExportError(null);
              downloadReplacementPlan(params).catch((error: unknown) =>
                setExportError(describeError(error).title),
              );
            }}
          >
            Export CSV
          </Button>
        }
      />
      {exportError && (
        <Alert color="red" variant="light">
          {exportError}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group gap="md" align="flex-end">
            <Select
              label="Site"
              placeholder="Every site"
              data={plan.data?.sites ?? []}
              value={site}
              onChange={refilter(setSite)}
              clearable
              searchable
              w={{ base: '100%', sm: 190 }}
            />
            <Select
              label="Device class"
              placeholder="Every class"
              data={plan.data?.deviceClasses ?? []}
              value={deviceClass}
              onChange={refilter(setDeviceClass)}
              clearable
              searchable
              w={{ base: '100%', sm: 170 }}
            />
            <Select
              label="Model"
              placeholder="Every model"
              data={(models.data ?? []).map((m) => ({
                value: String(m.id),
                label: `${m.manufacturer} ${m.model}`,
              }))}
              value={modelId === null ? null : String(modelId)}
              onChange={refilter((value: string | null) =>
                setModelId(value === null ? null : Number(value)),
              )}
              clearable
              searchable
              w={{ base: '100%', sm: 220 }}
            />
            <TextInput
              type="date"
              label="From"
              value={from}
              onChange={(event) => refilter(setFrom)(event.currentTarget.value)}
              w={{ base: '100%', sm: 150 }}
            />
            <TextInput
              type="date"
              label="To"
              value={to}
              onChange={(event) => refilter(setTo)(event.currentTarget.value)}
              w={{ base: '100%', sm: 150 }}
            />
          </Group>
          {plan.isPending ? (
            <Loading label="Ranking the fleet…" />
          ) : plan.isError ? (
            <ErrorState
              title="We could not rank the devices"
              error={plan.error}
              onRetry={() => void plan.refetch()}
              retrying={plan.isFetching}
            />
          ) : (
            <PlanTable plan={plan.data} page={page} onPage={setPage} />
          )}
        </Stack>
      </Paper>
      {plan.data && plan.data.total > 0 && <ModelFigures plan={plan.data} />}
    </Stack>
  );
}

function PlanTable({
  plan,
  page,
  onPage,
}: {
  plan: ReplacementPlan;
  page: number;
  onPage: (page: number) => void;
}) {
  if (plan.total === 0) {
    return (
      <EmptyState
        icon={<IconReplace size={28} stroke={1.5} />}
        title="No devices in service to rank"
        description="Devices in service that these filters keep appear here, ranked by how strongly they ask to be replaced."
      />
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed">
        Repairs, downtime and corrective orders counted from {plan.from} to {plan.to} (from
        acquisition when later); labour at {money.format(plan.laborRate)} an hour. Score out of 100:
        age over a 10-year service life 25, end of support 25, repairs against replacement cost 25,
        time down 15, corrective orders a year 10. A replacement cost with * is what the device
        cost: its model has none recorded.
      </Text>
      <Table.ScrollContainer
        minWidth={1000}
        type="native"
        tabIndex={0}
        aria-label="Replacement plan, scrolls sideways"
      >
        <Table verticalSpacing="xs" striped aria-label="Replacement plan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rank</Table.Th>
              <Table.Th>Score</Table.Th>
              <Table.Th>Device</Table.Th>
              <Table.Th>Location</Table.Th>
              <Table.Th>Age</Table.Th>
              <Table.Th>End of support</Table.Th>
              <Table.Th ta="right">Repairs</Table.Th>
              <Table.Th ta="right">Replacement</Table.Th>
              <Table.Th ta="right">Uptime</Table.Th>
              <Table.Th ta="right">Corrective</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.items.map((row) => (
              <PlanRow key={row.deviceId} row={row} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListPages
        page={page}
        pages={Math.ceil(plan.total / PAGE_SIZE)}
        onPage={onPage}
        count={`${plan.total.toLocaleString('en-US')} ${plan.total === 1 ? 'device' : 'devices'}`}
      />
    </>
  );
}

function PlanRow({ row }: { row: ReplacementRow }) {
  const ratio = row.repairToReplacement;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {row.rank}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={700} c={scoreColor(row.score)} aria-label={`Score ${row.score}`}>
          {row.score.toFixed(1)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" fw={600}>
          {row.assetTag}
        </Text>
        <Text size="xs" c="dimmed">
          {row.manufacturer} {row.model} · {row.deviceClass}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{row.unit ?? '—'}</Text>
        <Text size="xs" c="dimmed">
          {row.site}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{row.ageYears === null ? '—' : `${row.ageYears.toFixed(1)} y`}</Text>
        {row.acquiredOn && (
          <Text size="xs" c="dimmed">
            {row.acquiredOn}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <EndOfSupport on={row.endOfSupport} />
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{money.format(row.repairCost)}</Text>
        <Text size="xs" c="dimmed">
          {ratio === null ? 'price unknown' : `${Math.round(ratio * 100)} % of new`}
        </Text>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {row.replacementCost === null ? (
          <Text size="sm">—</Text>
        ) : (
          <Tooltip
            label={
              row.replacementCostSource === 'MODEL'
                ? "The model's replacement cost"
                : 'What this device cost: the model has no replacement cost'
            }
          >
            <Text size="sm" tabIndex={0}>
              {money.format(row.replacementCost)}
              {row.replacementCostSource === 'ACQUISITION' && ' *'}
            </Text>
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">
          {row.uptimePercent === null ? '—' : `${row.uptimePercent.toFixed(2)} %`}
        </Text>
        <Text size="xs" c="dimmed">
          {`${row.downtimeHours.toLocaleString('en-US')} h down`}
        </Text>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{row.correctiveCount}</Text>
        {row.couldNotDuplicateCount > 0 && (
          <Text size="xs" c="dimmed">
            {`${row.couldNotDuplicateCount} not duplicated`}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Uptime per model, and where faults could not be reproduced (a training signal). */
function ModelFigures({ plan }: { plan: ReplacementPlan }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h4" mb="xs">
          Uptime by model
        </Title>
        <Table verticalSpacing={4} aria-label="Uptime by model">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Model</Table.Th>
              <Table.Th ta="right">Devices</Table.Th>
              <Table.Th ta="right">Down</Table.Th>
              <Table.Th ta="right">Uptime</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.models.map((m) => (
              <Table.Tr key={m.modelId}>
                <Table.Td>
                  {m.manufacturer} {m.model}
                </Table.Td>
                <Table.Td ta="right">{m.devices.toLocaleString('en-US')}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {`${m.downtimeHours.toLocaleString('en-US')} h`}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {m.uptimePercent === null ? '—' : `${m.uptimePercent.toFixed(2)} %`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder radius="md" p="md" style={{ alignSelf: 'start' }}>
        <Title order={3} size="h4" mb={4}>
          Could not duplicate
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          Faults reported that technicians could not reproduce, by model and unit: where user
          training may help.
        </Text>
        {plan.couldNotDuplicate.length === 0 ? (
          <Text size="sm">None in the period.</Text>
        ) : (
          <Table verticalSpacing={4} aria-label="Could not duplicate by model and unit">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Model</Table.Th>
                <Table.Th>Unit</Table.Th>
                <Table.Th ta="right">Reports</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.couldNotDuplicate.map((c) => (
                <Table.Tr key={`${c.modelId}-${c.site}-${c.unit ?? ''}`}>
                  <Table.Td>
                    {c.manufacturer} {c.model}
                  </Table.Td>
                  <Table.Td>{[c.unit ?? '—', c.site].join(' · ')}</Table.Td>
                  <Table.Td ta="right">{c.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </SimpleGrid>
  );
}
