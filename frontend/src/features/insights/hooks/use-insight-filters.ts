import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { localDay } from '@/lib/local-day';
import type { Period, Priority, SlaGroupBy, Tier, TimerKind, TimerTarget } from '../types';
import { addDays, isDay } from '../utils';

/**
 * What every insight view is filtered by. It lives in the URL, so a view can be shared: `from` and
 * `to` are the first and last local day shown (both included), the rest as the API names them.
 */
export interface InsightFilters {
  from: string;
  to: string;
  period: Period;
  groupBy: SlaGroupBy;
  kind: TimerKind | null;
  target: TimerTarget | null;
  priority: Priority | null;
  tier: Tier | null;
  /** INTERNAL or a partner organisation's id. */
  provider: string | null;
}

const PERIODS: readonly Period[] = ['DAY', 'WEEK', 'MONTH'];
const GROUP_BYS: readonly SlaGroupBy[] = [
  'provider',
  'partner',
  'priority',
  'tier',
  'application',
  'group',
  'kind',
  'target',
];
const KINDS: readonly TimerKind[] = ['SLA', 'OLA'];
const TARGETS: readonly TimerTarget[] = ['RESPONSE', 'RESOLUTION'];
const PRIORITIES: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];
const TIERS: readonly Tier[] = ['L1', 'L2', 'L3', 'VENDOR'];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** The filters a URL holds; anything missing or malformed is the default. */
export function filtersOf(params: URLSearchParams, today: string = localDay()): InsightFilters {
  const to = isDay(params.get('to')) ? params.get('to')! : today;
  const fromParam = params.get('from');
  const from = isDay(fromParam) && fromParam <= to ? fromParam : addDays(to, -89);
  const provider = params.get('provider');
  return {
    from,
    to,
    period: oneOf(PERIODS, params.get('period')) ?? 'WEEK',
    groupBy: oneOf(GROUP_BYS, params.get('groupBy')) ?? 'provider',
    kind: oneOf(KINDS, params.get('kind')),
    target: oneOf(TARGETS, params.get('target')),
    priority: oneOf(PRIORITIES, params.get('priority')),
    tier: oneOf(TIERS, params.get('tier')),
    provider: provider !== null && /^(INTERNAL|\d{1,18})$/.test(provider) ? provider : null,
  };
}

/** The filters in the URL, and a setter that writes a change back to it (replacing the entry). */
export function useInsightFilters(): [InsightFilters, (change: Partial<InsightFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const update = useCallback(
    (change: Partial<InsightFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [filters, update];
}

/**
 * The kind of targets counted. Always sent, so that a drill-down lists the very timers its figure
 * counted (the lists count both kinds unless told): the hospital's SLA unless chosen otherwise,
 * partners' OLAs when grouped by partner, both when grouped by kind.
 */
function kindOf(f: InsightFilters): TimerKind | null {
  if (f.kind) return f.kind;
  if (f.groupBy === 'kind') return null;
  return f.groupBy === 'partner' ? 'OLA' : 'SLA';
}

/** The SLA endpoints' parameters: their `to` is exclusive. */
export function slaParams(
  f: InsightFilters,
  { withGrouping = false }: { withGrouping?: boolean } = {},
): Record<string, string> {
  const params: Record<string, string> = { from: f.from, to: addDays(f.to, 1) };
  if (withGrouping) {
    params.period = f.period.toLowerCase();
    params.groupBy = f.groupBy;
  }
  const kind = kindOf(f);
  if (kind) params.kind = kind;
  if (f.target) params.target = f.target;
  if (f.priority) params.priority = f.priority;
  if (f.tier) params.tier = f.tier;
  if (f.provider) params.provider = f.provider;
  return params;
}

/** The operations endpoints' parameters: their `to` is inclusive; no SLA kind or target. */
export function opsParams(
  f: InsightFilters,
  { withPeriod = false }: { withPeriod?: boolean } = {},
): Record<string, string> {
  const params: Record<string, string> = { from: f.from, to: f.to };
  if (withPeriod) params.period = f.period;
  if (f.priority) params.priority = f.priority;
  if (f.tier) params.tier = f.tier;
  if (f.provider) params.provider = f.provider;
  return params;
}

export function queryString(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}
