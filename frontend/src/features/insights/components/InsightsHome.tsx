import { Anchor, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEqual, IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { localDay } from '@/lib/local-day';
import { useCoverageRisk, useOperations, useSlaPerformance } from '../api/insights';
import type { CoverageRiskAnswer, Operations, SlaPerformance, SlaPeriodFigures } from '../types';
import { addDays, addMonths, monthsOf, percent, type Months } from '../utils';
import { ExportButton } from './ExportButton';

interface Counted {
  met: number;
  breached: number;
}

function sum(periods: readonly SlaPeriodFigures[], from: string, to: string): Counted {
  return periods
    .filter((p) => p.start >= from && p.start <= to)
    .reduce((acc, p) => ({ met: acc.met + p.met, breached: acc.breached + p.breached }), {
      met: 0,
      breached: 0,
    });
}

function share(c: Counted): number | null {
  const total = c.met + c.breached;
  return total === 0 ? null : Math.round((c.met * 1000) / total) / 10;
}

/**
 * The executive's home: the few numbers that matter this month so far against the same days of
 * last month, each with its trend and a link to the page that explains it, and the monthly
 * operations review as a PDF.
 */
export function InsightsHome({ today = localDay() }: { today?: string }) {
  const months = monthsOf(today);
  const sla = useSlaPerformance({
    from: months.lastFrom,
    to: addDays(months.thisTo, 1),
    period: 'day',
    groupBy: 'provider',
  });
  const ops = useOperations({ from: months.lastFrom, to: months.thisTo, period: 'DAY' });
  const coverage = useCoverageRisk({ from: addDays(months.lastFrom, -7), to: months.thisTo });
  const lastMonth = months.lastFrom.slice(0, 7);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed">
          This month to {today}, against the same days of last month.
        </Text>
        <ReviewButton defaultMonth={lastMonth} today={today} />
      </Group>
      <Stack gap="sm" component="section" aria-labelledby="home-sla-heading">
        <Title order={2} size="h3" id="home-sla-heading">
          SLA compliance
        </Title>
        {sla.isPending ? (
          <Loading label="Loading SLA compliance…" />
        ) : sla.isError ? (
          <ErrorState
            title="We could not load SLA compliance"
            error={sla.error}
            onRetry={() => void sla.refetch()}
          />
        ) : (
          <SlaTiles data={sla.data} months={months} />
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="home-ops-heading">
        <Title order={2} size="h3" id="home-ops-heading">
          Operations
        </Title>
        {ops.isPending ? (
          <Loading label="Loading operations…" />
        ) : ops.isError ? (
          <ErrorState
            title="We could not load the operations figures"
            error={ops.error}
            onRetry={() => void ops.refetch()}
          />
        ) : (
          <OpsTiles data={ops.data} months={months} />
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="home-coverage-heading">
        <Title order={2} size="h3" id="home-coverage-heading">
          Coverage risk
        </Title>
        {coverage.isPending ? (
          <Loading label="Loading coverage risk…" />
        ) : coverage.isError ? (
          <ErrorState
            title="We could not load coverage risk"
            error={coverage.error}
            onRetry={() => void coverage.refetch()}
          />
        ) : (
          <CoverageTiles data={coverage.data} months={months} />
        )}
      </Stack>
    </Stack>
  );
}

function slaLink(months: Months, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    from: months.thisFrom,
    to: months.thisTo,
    period: 'DAY',
    ...extra,
  });
  return `/insights/sla?${params.toString()}`;
}

function SlaTiles({ data, months }: { data: SlaPerformance; months: Months }) {
  const overallNow = sum(data.periods, months.thisFrom, months.thisTo);
  const overallThen = sum(data.periods, months.lastFrom, months.lastTo);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <Tile
        label="All SLA targets met"
        now={share(overallNow)}
        then={share(overallThen)}
        format={percent}
        better="up"
        href={slaLink(months)}
      />
      <Tile
        label="SLA breaches"
        now={overallNow.breached}
        then={overallThen.breached}
        format={(v) => (v == null ? '—' : v.toLocaleString())}
        better="down"
        href={`${slaLink(months)}#breaches-heading`}
      />
      {data.groups.map((g) => (
        <Tile
          key={g.key}
          label={`${g.label}: targets met`}
          now={share(sum(g.periods, months.thisFrom, months.thisTo))}
          then={share(sum(g.periods, months.lastFrom, months.lastTo))}
          format={percent}
          better="up"
          href={slaLink(months, { provider: g.key })}
        />
      ))}
    </SimpleGrid>
  );
}

function OpsTiles({ data, months }: { data: Operations; months: Months }) {
  const within = (from: string, to: string) =>
    data.periods.filter((p) => p.start >= from && p.start <= to);
  const now = within(months.thisFrom, months.thisTo);
  const then = within(months.lastFrom, months.lastTo);
  const opened = (ps: typeof now) => ps.reduce((s, p) => s + p.opened, 0);
  const csat = (ps: typeof now) => {
    const rated = ps.reduce((s, p) => s + p.csat.rated, 0);
    const total = ps.reduce((s, p) => s + (p.csat.mean ?? 0) * p.csat.rated, 0);
    return rated === 0 ? null : Math.round((total * 100) / rated) / 100;
  };
  const backlogThen =
    data.periods.find((p) => p.end === addDays(months.lastTo, 1))?.backlogAtEnd ?? null;
  const old = data.backlog.ages
    .filter((a) => a.age === '7-30d' || a.age === '>30d')
    .reduce((s, a) => s + a.count, 0);
  const link = `/insights/operations?${new URLSearchParams({ from: months.thisFrom, to: months.thisTo, period: 'DAY' }).toString()}`;
  const count = (v: number | null) => (v == null ? '—' : v.toLocaleString());
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <Tile
        label="Tickets opened"
        now={opened(now)}
        then={opened(then)}
        format={count}
        href={link}
      />
      <Tile
        label="Backlog (open now)"
        now={data.backlog.open}
        then={backlogThen}
        format={count}
        better="down"
        href={link}
        note={`${old.toLocaleString()} open for over a week`}
      />
      <Tile
        label="CSAT (1–5)"
        now={csat(now)}
        then={csat(then)}
        format={(v) => (v == null ? '—' : v.toFixed(2))}
        better="up"
        href={link}
      />
    </SimpleGrid>
  );
}

function CoverageTiles({ data, months }: { data: CoverageRiskAnswer; months: Months }) {
  // The matrix as last recorded in the week holding the same day of last month.
  const then = data.weeks.filter((w) => w.weekStart <= months.lastTo).at(-1) ?? null;
  const count = (v: number | null) => (v == null ? '—' : v.toLocaleString());
  const byCriticality = data.byCriticality
    .filter((c) => c.busFactorOne > 0)
    .map((c) => `criticality ${c.criticality}: ${c.busFactorOne}`)
    .join(' · ');
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <Tile
        label="Applications at risk or with a gap"
        now={data.now.risk + data.now.gap}
        then={then && then.risk + then.gap}
        format={count}
        better="down"
        href="/insights/coverage"
        note={`${data.now.gap.toLocaleString()} with a gap`}
      />
      <Tile
        label="Applications on one expert"
        now={data.now.busFactorOne}
        then={then?.busFactorOne ?? null}
        format={count}
        better="down"
        href="/insights/coverage"
        note={byCriticality || undefined}
      />
    </SimpleGrid>
  );
}

/** One number of this month, its trend against last month's and a link to its page. */
function Tile({
  label,
  now,
  then,
  format,
  better,
  href,
  note,
}: {
  label: string;
  now: number | null;
  then: number | null;
  format: (value: number | null) => string;
  /** Which way is good; neutral figures (volume) have none. */
  better?: 'up' | 'down';
  href: string;
  note?: ReactNode;
}) {
  const direction =
    now == null || then == null || now === then ? 'flat' : now > then ? 'up' : 'down';
  const good = better && direction !== 'flat' ? direction === better : null;
  const Icon =
    direction === 'up' ? IconTrendingUp : direction === 'down' ? IconTrendingDown : IconEqual;
  const trend =
    then == null
      ? 'nothing to compare with last month'
      : direction === 'flat'
        ? `same as last month (${format(then)})`
        : `${direction} from ${format(then)} last month`;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={label}>
      <Stack gap={4}>
        <Anchor component={Link} to={href} size="sm" fw={600}>
          {label}
        </Anchor>
        <Text fz={28} fw={700} lh={1.1}>
          {format(now)}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Icon
            size={18}
            aria-hidden
            color={
              good === null
                ? 'var(--mantine-color-dimmed)'
                : good
                  ? 'var(--mantine-color-teal-text)'
                  : 'var(--mantine-color-red-text)'
            }
          />
          <Text size="sm" c="dimmed">
            {trend}
          </Text>
        </Group>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The monthly operations review as a PDF the server renders, for a month chosen here. */
function ReviewButton({ defaultMonth, today }: { defaultMonth: string; today: string }) {
  const [month, setMonth] = useState(defaultMonth);
  const months = Array.from({ length: 12 }, (_, i) =>
    addMonths(`${today.slice(0, 7)}-01`, -i).slice(0, 7),
  );
  return (
    <Group gap="xs" align="flex-end">
      <Select
        label="Review month"
        data={months}
        value={month}
        onChange={(value) => value && setMonth(value)}
        allowDeselect={false}
        w={130}
      />
      <ExportButton
        url={`/api/insights/review.pdf?month=${month}`}
        filename={`operations-review-${month}.pdf`}
        accept="application/pdf"
        label="Monthly operations review (PDF)"
        what={month}
        variant="filled"
      />
    </Group>
  );
}
