import { Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useCompliance, type ComplianceQuery } from '../api/get-compliance';
import type { Compliance, ComplianceGroupBy } from '../types';

const GROUP_BY: { value: ComplianceGroupBy; label: string }[] = [
  { value: 'provider', label: 'Internal vs partner' },
  { value: 'priority', label: 'Priority' },
  { value: 'tier', label: 'Tier' },
  { value: 'group', label: 'Support group' },
  { value: 'application', label: 'Application' },
  { value: 'partner', label: 'Partner (OLA)' },
];

const RANGES = [
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: '365', label: 'Last 12 months' },
];

/** Distinct, colour-blind-safe line colours (Okabe–Ito), the overall line in black. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
const MAX_LINES = COLOURS.length;

function percent(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)} %`;
}

/** One row per period: overall and each of the largest groups, % met (absent when none finished). */
function chartRows(data: Compliance, keys: string[]) {
  return data.periods.map((p) => {
    const row: Record<string, string | number | null> = { start: p.start, All: p.percentMet };
    for (const g of data.groups) {
      if (!keys.includes(g.key)) continue;
      row[g.label] = g.periods.find((gp) => gp.start === p.start)?.percentMet ?? null;
    }
    return row;
  });
}

function periodLabel(start: string, period: Compliance['period']): string {
  const date = new Date(`${start}T12:00:00Z`);
  return new Intl.DateTimeFormat(undefined, {
    month: 'short',
    day: period === 'MONTH' ? undefined : 'numeric',
    year: period === 'MONTH' ? '2-digit' : undefined,
    timeZone: 'UTC',
  }).format(date);
}

/**
 * SLA compliance for leaders: the share of timers met per day, week or month, overall and for the
 * largest groups of the chosen dimension, with each group's totals underneath.
 */
export function SlaCompliance() {
  const [query, setQuery] = useState<ComplianceQuery>(() => ({
    // Up to the minute the screen opened: changing the range or grouping reuses the same end.
    to: new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString(),
    days: 90,
    period: 'week',
    groupBy: 'provider',
  }));
  const compliance = useCompliance(query);

  let body;
  if (compliance.isPending) {
    body = <Loading label="Loading SLA compliance" />;
  } else if (compliance.isError) {
    body = <ErrorState error={compliance.error} onRetry={() => void compliance.refetch()} />;
  } else if (compliance.data.overall.total === 0) {
    body = (
      <EmptyState
        title="No timers finished in this range"
        description="Compliance counts response and resolution targets once they are met or breached."
      />
    );
  } else {
    const data = compliance.data;
    const largest = [...data.groups]
      .sort((a, b) => b.overall.total - a.overall.total)
      .slice(0, MAX_LINES);
    const keys = largest.map((g) => g.key);
    body = (
      <Stack gap="md">
        <Text size="sm">
          <Text span fw={700} size="lg">
            {percent(data.overall.percentMet)}
          </Text>{' '}
          of {data.overall.total.toLocaleString()} {data.kind === 'OLA' ? 'OLA' : 'SLA'} targets met
          ({data.overall.breached.toLocaleString()} breached), by {data.period.toLowerCase()} in{' '}
          {data.zone}.
        </Text>
        <Paper withBorder p="sm" radius="md">
          <div
            style={{ width: '100%', height: 300 }}
            role="img"
            aria-label="Percent of targets met per period"
          >
            <ResponsiveContainer>
              <LineChart
                data={chartRows(data, keys)}
                margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" stroke="#dee2e6" />
                <XAxis
                  dataKey="start"
                  tickFormatter={(s: string) => periodLabel(s, data.period)}
                  fontSize={12}
                />
                <YAxis domain={[0, 100]} unit=" %" width={52} fontSize={12} />
                <Tooltip
                  labelFormatter={(s) => (typeof s === 'string' ? periodLabel(s, data.period) : '')}
                  formatter={(v) => (typeof v === 'number' ? `${v.toFixed(1)} %` : '—')}
                />
                <Legend />
                <Line
                  type="monotone"
                  dataKey="All"
                  name="All"
                  stroke="#212529"
                  strokeWidth={2.5}
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />
                {largest.map((g, i) => (
                  <Line
                    key={g.key}
                    type="monotone"
                    dataKey={g.label}
                    stroke={COLOURS[i]}
                    strokeWidth={1.5}
                    dot={false}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
        </Paper>
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{GROUP_BY.find((g) => g.value === query.groupBy)?.label}</Table.Th>
                <Table.Th ta="right">Met</Table.Th>
                <Table.Th ta="right">Breached</Table.Th>
                <Table.Th ta="right">% met</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.groups.map((g) => (
                <Table.Tr key={g.key}>
                  <Table.Td>{g.label}</Table.Td>
                  <Table.Td ta="right">{g.overall.met.toLocaleString()}</Table.Td>
                  <Table.Td ta="right">{g.overall.breached.toLocaleString()}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {percent(g.overall.percentMet)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="sla-compliance-heading">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id="sla-compliance-heading">
            SLA compliance
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            Share of response and resolution targets met, counted when each was met or breached.
            Partner (OLA) shows partners&apos; own targets while their desks held tickets.
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end">
          <Select
            label="Compare by"
            data={GROUP_BY}
            value={query.groupBy}
            onChange={(v) => {
              const found = GROUP_BY.find((g) => g.value === v);
              if (found) setQuery({ ...query, groupBy: found.value });
            }}
            allowDeselect={false}
            w={190}
          />
          <Select
            label="Range"
            data={RANGES}
            value={String(query.days)}
            onChange={(v) => v && setQuery({ ...query, days: Number(v) })}
            allowDeselect={false}
            w={150}
          />
          <SegmentedControl
            aria-label="Period"
            data={[
              { value: 'day', label: 'Day' },
              { value: 'week', label: 'Week' },
              { value: 'month', label: 'Month' },
            ]}
            value={query.period}
            onChange={(v) => {
              if (v === 'day' || v === 'week' || v === 'month') setQuery({ ...query, period: v });
            }}
          />
        </Group>
      </Group>
      {body}
    </Stack>
  );
}
