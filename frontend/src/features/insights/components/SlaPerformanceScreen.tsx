import {
  Box,
  Group,
  LoadingOverlay,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { csvUrl, SLA_PATH, useSlaPerformance } from '../api/insights';
import { type InsightFilters, slaParams, useInsightFilters } from '../hooks/use-insight-filters';
import type { SlaGroupBy, SlaPerformance } from '../types';
import {
  addDays,
  filterOfGroup,
  GROUP_BY_LABELS,
  percent,
  periodLabel,
  periodLastDay,
} from '../utils';
import { BreachesPanel } from './BreachesPanel';
import { BarsChart, TrendChart, type Series } from './charts';
import { BREACHED, colour, MET } from './palette';
import { DrillDown, type Drill } from './DrillDown';
import { ExportButton } from './ExportButton';
import { FilterBar } from './FilterBar';
import { TicketCount } from './ticket-links';

const MAX_LINES = 5;

/**
 * SLA performance: the share of targets met per period, overall and by the chosen dimension
 * (internal against each partner by default), then the breaches and their causes. Every figure
 * opens the tickets behind it.
 */
export function SlaPerformanceScreen() {
  const [filters, setFilters] = useInsightFilters();
  const params = slaParams(filters, { withGrouping: true });
  const performance = useSlaPerformance(params);
  const [drill, setDrill] = useState<Drill | null>(null);

  let body;
  if (performance.isPending) {
    body = <Loading label="Loading SLA performance…" />;
  } else if (performance.isError) {
    body = (
      <ErrorState
        title="We could not load SLA performance"
        error={performance.error}
        onRetry={() => void performance.refetch()}
        retrying={performance.isFetching}
      />
    );
  } else if (performance.data.overall.total === 0) {
    body = (
      <EmptyState
        title="No targets finished in this range"
        description="Compliance counts response and resolution targets once they are met or breached. Try a longer range or fewer filters."
      />
    );
  } else {
    body = (
      <Box pos="relative">
        <LoadingOverlay
          visible={performance.isPlaceholderData}
          zIndex={1}
          overlayProps={{ blur: 1 }}
        />
        <Figures data={performance.data} filters={filters} onDrill={setDrill} />
      </Box>
    );
  }

  return (
    <Stack gap="lg">
      <FilterBar sla />
      <Stack gap="sm" component="section" aria-labelledby="sla-compliance-heading">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h3" id="sla-compliance-heading">
            SLA compliance
          </Title>
          <Group gap="sm" align="flex-end">
            <Select
              label="Compare by"
              data={Object.entries(GROUP_BY_LABELS).map(([value, label]) => ({ value, label }))}
              value={filters.groupBy}
              onChange={(value) => value && setFilters({ groupBy: value as SlaGroupBy })}
              allowDeselect={false}
              w={220}
            />
            <ExportButton
              url={csvUrl(SLA_PATH, params)}
              filename="sla-performance.csv"
              what="SLA compliance"
            />
          </Group>
        </Group>
        {body}
      </Stack>
      <BreachesPanel />
      <DrillDown drill={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}

function Figures({
  data,
  filters,
  onDrill,
}: {
  data: SlaPerformance;
  filters: InsightFilters;
  onDrill: (drill: Drill) => void;
}) {
  const groupName = GROUP_BY_LABELS[filters.groupBy];
  const largest = [...data.groups]
    .sort((a, b) => b.overall.total - a.overall.total)
    .slice(0, MAX_LINES);
  const series: Series[] = [
    { key: 'all', name: 'All', colour: '#212529', strong: true },
    ...largest.map((g, i) => ({ key: `g${i}`, name: g.label, colour: colour(i) })),
  ];
  const rows = data.periods.map((p) => {
    const row: Record<string, string | number | null> = { start: p.start, all: p.percentMet };
    largest.forEach((g, i) => {
      row[`g${i}`] = g.periods.find((gp) => gp.start === p.start)?.percentMet ?? null;
    });
    return row;
  });
  const base = slaParams(filters);
  const drillPeriod = (index: number, outcome?: 'met' | 'breached') => {
    const start = data.periods[index]?.start;
    if (!start) return;
    // The period's days, cut to the range shown (a week may start before it).
    const from = start < filters.from ? filters.from : start;
    const last = periodLastDay(start, data.period, filters.to);
    onDrill({
      source: 'sla',
      title: `Targets ${outcome ?? 'finished'} ${periodLabel(from, 'DAY')} – ${periodLabel(last, 'DAY')}`,
      params: { ...base, from, to: addDays(last, 1), ...(outcome ? { outcome } : {}) },
    });
  };
  const drillGroup = (key: string, label: string, outcome: 'met' | 'breached') =>
    onDrill({
      source: 'sla',
      title: `${label}: targets ${outcome}`,
      params: { ...base, ...filterOfGroup(filters.groupBy, key), outcome },
    });
  const bars = data.groups.map((g) => ({
    label: g.label,
    met: g.overall.met,
    breached: g.overall.breached,
  }));

  return (
    <Stack gap="md">
      <Text size="sm">
        <Text span fw={700} size="lg">
          {percent(data.overall.percentMet)}
        </Text>{' '}
        of {data.overall.total.toLocaleString()} {data.kind === 'OLA' ? 'OLA' : 'SLA'} targets met (
        {data.overall.breached.toLocaleString()} breached), by {data.period.toLowerCase()} in{' '}
        {data.zone}.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TrendChart
          rows={rows}
          xKey="start"
          xLabel={(s) => periodLabel(s, data.period)}
          series={series}
          unit=" %"
          domain={[0, 100]}
          label={`Percent of targets met per ${data.period.toLowerCase()}: ${percent(data.overall.percentMet)} overall; ${largest
            .map((g) => `${g.label} ${percent(g.overall.percentMet)}`)
            .join(', ')}. Click a period for its tickets.`}
          onPick={drillPeriod}
        />
        <BarsChart
          rows={bars}
          xKey="label"
          stacked
          series={[
            { key: 'met', name: 'Met', colour: MET },
            { key: 'breached', name: 'Breached', colour: BREACHED },
          ]}
          label={`Targets met and breached by ${groupName.toLowerCase()}: ${data.groups
            .map((g) => `${g.label} ${g.overall.met} met, ${g.overall.breached} breached`)
            .join('; ')}. Click a bar for its tickets.`}
          onPick={(index, key) => {
            const g = data.groups[index];
            if (g) drillGroup(g.key, g.label, key === 'met' ? 'met' : 'breached');
          }}
        />
      </SimpleGrid>
      <details>
        <summary>
          <Text span size="sm" fw={600}>
            The figures per {data.period.toLowerCase()}
          </Text>
        </summary>
        <Table.ScrollContainer minWidth={420}>
          <Table striped verticalSpacing={4}>
            <Table.Caption>
              Targets met and breached per {data.period.toLowerCase()}; a number opens its tickets
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  {data.period === 'WEEK' ? 'Week of' : data.period === 'DAY' ? 'Day' : 'Month'}
                </Table.Th>
                <Table.Th ta="right">Met</Table.Th>
                <Table.Th ta="right">Breached</Table.Th>
                <Table.Th ta="right">% met</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.periods.map((p, index) => {
                const label = periodLabel(p.start, data.period);
                return (
                  <Table.Tr key={p.start}>
                    <Table.Td>{label}</Table.Td>
                    <Table.Td ta="right">
                      <TicketCount
                        count={p.met}
                        what={`met in ${label}: tickets`}
                        onOpen={() => drillPeriod(index, 'met')}
                      />
                    </Table.Td>
                    <Table.Td ta="right">
                      <TicketCount
                        count={p.breached}
                        what={`breached in ${label}: tickets`}
                        onOpen={() => drillPeriod(index, 'breached')}
                      />
                    </Table.Td>
                    <Table.Td ta="right">{percent(p.percentMet)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing={4}>
          <Table.Caption>
            Targets met and breached by {groupName.toLowerCase()}; a number opens its tickets
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{groupName}</Table.Th>
              <Table.Th ta="right">Met</Table.Th>
              <Table.Th ta="right">Breached</Table.Th>
              <Table.Th ta="right">% met</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.groups.map((g) => (
              <Table.Tr key={g.key}>
                <Table.Td>{g.label}</Table.Td>
                <Table.Td ta="right">
                  <TicketCount
                    count={g.overall.met}
                    what={`met: tickets of ${g.label}`}
                    onOpen={() => drillGroup(g.key, g.label, 'met')}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <TicketCount
                    count={g.overall.breached}
                    what={`breached: tickets of ${g.label}`}
                    onOpen={() => drillGroup(g.key, g.label, 'breached')}
                  />
                </Table.Td>
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
