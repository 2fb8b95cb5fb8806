import {
  Anchor,
  Box,
  Group,
  LoadingOverlay,
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
import { csvUrl, OPERATIONS_PATH, useOperations } from '../api/insights';
import { type InsightFilters, opsParams, useInsightFilters } from '../hooks/use-insight-filters';
import type { Operations, OpsMeasure, Ratio } from '../types';
import { addDays, periodLabel, rate } from '../utils';
import { BarsChart, HourOfWeekHeatmap, TrendChart } from './charts';
import { colour } from './palette';
import { DrillDown, type Drill } from './DrillDown';
import { ExportButton } from './ExportButton';
import { FilterBar } from './FilterBar';
import { TicketCount } from './ticket-links';

const AGE_LABELS: Record<string, string> = {
  '<1d': 'Under a day',
  '1-3d': '1–3 days',
  '3-7d': '3–7 days',
  '7-30d': '7–30 days',
  '>30d': 'Over 30 days',
};

/**
 * Operations: volume per period with the backlog, the backlog now by age, first-contact
 * resolution, reopen rate, CSAT, escalations per tier and the volume to expect by hour of week.
 */
export function OperationsScreen() {
  const [filters] = useInsightFilters();
  const params = opsParams(filters, { withPeriod: true });
  const operations = useOperations(params);
  const [drill, setDrill] = useState<Drill | null>(null);

  let body;
  if (operations.isPending) {
    body = <Loading label="Loading operations…" />;
  } else if (operations.isError) {
    body = (
      <ErrorState
        title="We could not load the operations figures"
        error={operations.error}
        onRetry={() => void operations.refetch()}
        retrying={operations.isFetching}
      />
    );
  } else if (
    operations.data.periods.every((p) => p.opened === 0 && p.resolved === 0) &&
    operations.data.backlog.open === 0
  ) {
    body = (
      <EmptyState
        title="No tickets in this range"
        description="Nothing was opened or resolved with these filters, and nothing is open."
      />
    );
  } else {
    body = (
      <Box pos="relative">
        <LoadingOverlay
          visible={operations.isPlaceholderData}
          zIndex={1}
          overlayProps={{ blur: 1 }}
        />
        <OperationsFigures data={operations.data} filters={filters} onDrill={setDrill} />
      </Box>
    );
  }
  return (
    <Stack gap="lg">
      <FilterBar />
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          Operations
        </Title>
        <ExportButton
          url={csvUrl(OPERATIONS_PATH, params)}
          filename="operations.csv"
          what="operations figures per period"
        />
      </Group>
      {body}
      <DrillDown drill={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}

function OperationsFigures({
  data,
  filters,
  onDrill,
}: {
  data: Operations;
  filters: InsightFilters;
  onDrill: (drill: Drill) => void;
}) {
  const base = opsParams(filters);
  const drillPeriod = (index: number, measure: OpsMeasure, what: string) => {
    const p = data.periods[index];
    if (!p) return;
    const from = p.start < filters.from ? filters.from : p.start;
    const last = addDays(p.end, -1) > filters.to ? filters.to : addDays(p.end, -1);
    onDrill({
      source: 'ops',
      title: `${what}, ${periodLabel(from, 'DAY')} – ${periodLabel(last, 'DAY')}`,
      params: { ...base, from, to: last, measure },
    });
  };
  const volume = data.periods.map((p) => ({
    start: p.start,
    opened: p.opened,
    resolved: p.resolved,
    backlog: p.backlogAtEnd,
  }));
  const ages = data.backlog.ages.map((a) => ({ age: AGE_LABELS[a.age] ?? a.age, count: a.count }));
  const totalOpened = data.periods.reduce((sum, p) => sum + p.opened, 0);
  const expectedWeek = data.forecast.hourOfWeek.reduce((sum, v) => sum + v, 0);
  const busiest = data.forecast.hourOfWeek.indexOf(Math.max(...data.forecast.hourOfWeek));
  const unit = data.period.toLowerCase();

  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="volume-heading">
        <Title order={3} size="h4" id="volume-heading">
          Volume and backlog
        </Title>
        <Text size="sm">
          {totalOpened.toLocaleString()} tickets opened in the range;{' '}
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() =>
              onDrill({
                source: 'ops',
                title: 'Open tickets now',
                params: { ...base, measure: 'BACKLOG' },
              })
            }
          >
            {data.backlog.open.toLocaleString()} open now
          </Anchor>
          .
        </Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <TrendChart
            rows={volume}
            xKey="start"
            xLabel={(s) => periodLabel(s, data.period)}
            series={[
              { key: 'opened', name: 'Opened', colour: colour(0), strong: true },
              { key: 'resolved', name: 'Resolved', colour: colour(2) },
              { key: 'backlog', name: 'Backlog at end', colour: colour(1) },
            ]}
            label={`Tickets opened, resolved and the backlog per ${unit}: ${totalOpened} opened in all. Click a period for the tickets opened in it.`}
            onPick={(index) => drillPeriod(index, 'OPENED', 'Tickets opened')}
          />
          <BarsChart
            rows={ages}
            xKey="age"
            series={[{ key: 'count', name: 'Open tickets', colour: colour(1) }]}
            label={`Open tickets now by age: ${ages.map((a) => `${a.age} ${a.count}`).join(', ')}. Click a bar for the open tickets.`}
            onPick={() =>
              onDrill({
                source: 'ops',
                title: 'Open tickets now',
                params: { ...base, measure: 'BACKLOG' },
              })
            }
          />
        </SimpleGrid>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="quality-heading">
        <Title order={3} size="h4" id="quality-heading">
          Resolution quality per {unit}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing={4}>
            <Table.Caption>
              Per {unit}: tickets opened and resolved, first-contact resolution at L1, reopen rate,
              CSAT and escalation rate; a figure opens its tickets
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  {data.period === 'DAY' ? 'Day' : data.period === 'WEEK' ? 'Week of' : 'Month'}
                </Table.Th>
                <Table.Th ta="right">Opened</Table.Th>
                <Table.Th ta="right">Resolved</Table.Th>
                <Table.Th ta="right">First-contact resolution</Table.Th>
                <Table.Th ta="right">Reopen rate</Table.Th>
                <Table.Th ta="right">CSAT</Table.Th>
                <Table.Th ta="right">Escalation rate</Table.Th>
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
                        count={p.opened}
                        what={`opened in ${label}: tickets`}
                        onOpen={() => drillPeriod(index, 'OPENED', 'Tickets opened')}
                      />
                    </Table.Td>
                    <Table.Td ta="right">{p.resolved.toLocaleString()}</Table.Td>
                    <RatioCell
                      ratio={p.firstContactResolution}
                      label={`first-contact resolution in ${label}`}
                      onOpen={() => drillPeriod(index, 'FCR', 'Resolved at first contact')}
                    />
                    <RatioCell
                      ratio={p.reopenRate}
                      label={`reopened in ${label}`}
                      onOpen={() => drillPeriod(index, 'REOPENED', 'Reopened tickets')}
                    />
                    <Table.Td ta="right">
                      {p.csat.mean == null ? '—' : p.csat.mean.toFixed(2)}
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({p.csat.rated})
                      </Text>
                    </Table.Td>
                    <RatioCell
                      ratio={p.escalationRate}
                      label={`escalated in ${label}`}
                      onOpen={() => drillPeriod(index, 'ESCALATED', 'Escalated tickets')}
                    />
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Stack gap="sm" component="section" aria-labelledby="escalation-heading">
          <Title order={3} size="h4" id="escalation-heading">
            Escalation rate per tier
          </Title>
          <Table verticalSpacing={4}>
            <Table.Caption>
              Of the tickets opened in the range at each tier, how many were escalated
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tier</Table.Th>
                <Table.Th ta="right">Escalated</Table.Th>
                <Table.Th ta="right">Rate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.escalationByTier.map((t) => (
                <Table.Tr key={t.tier}>
                  <Table.Td>{t.tier}</Table.Td>
                  <Table.Td ta="right">
                    <TicketCount
                      count={t.escalated.count}
                      what={`escalated at ${t.tier}: tickets`}
                      onOpen={() =>
                        onDrill({
                          source: 'ops',
                          title: `Escalated at ${t.tier}`,
                          params: { ...base, tier: t.tier, measure: 'ESCALATED' },
                        })
                      }
                    />{' '}
                    of {t.escalated.of.toLocaleString()}
                  </Table.Td>
                  <Table.Td ta="right">{rate(t.escalated.rate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="forecast-heading">
          <Title order={3} size="h4" id="forecast-heading">
            Volume to expect by hour of week
          </Title>
          <Text size="sm" c="dimmed">
            The average of the last {data.forecast.weeksBack} weeks in {data.zone}: about{' '}
            {Math.round(expectedWeek).toLocaleString()} tickets a week.
          </Text>
          <HourOfWeekHeatmap
            values={data.forecast.hourOfWeek}
            label={`Expected tickets per hour of the week, Monday to Sunday; ${
              expectedWeek === 0
                ? 'none expected'
                : `busiest ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][Math.floor(busiest / 24)]} ${busiest % 24}:00 with ${(data.forecast.hourOfWeek[busiest] ?? 0).toFixed(1)}`
            }`}
          />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function RatioCell({ ratio, label, onOpen }: { ratio: Ratio; label: string; onOpen: () => void }) {
  return (
    <Table.Td ta="right">
      {ratio.of === 0 ? (
        '—'
      ) : (
        <Anchor
          component="button"
          type="button"
          size="sm"
          aria-label={`${rate(ratio.rate)} ${label}: ${ratio.count.toLocaleString()} tickets`}
          onClick={onOpen}
        >
          {rate(ratio.rate)}
        </Anchor>
      )}
      <Text span size="xs" c="dimmed">
        {' '}
        ({ratio.count}/{ratio.of})
      </Text>
    </Table.Td>
  );
}
