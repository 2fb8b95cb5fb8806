import type { Period, SlaGroupBy } from './types';

/** A YYYY-MM-DD day as a UTC date, its months and days moved by the ones given. */
function utc(day: string, months = 0, days = 0): Date {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, d + days));
}

/** YYYY-MM-DD plus `days` (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  return utc(day, 0, days).toISOString().slice(0, 10);
}

export function addMonths(day: string, months: number): string {
  return utc(day, months).toISOString().slice(0, 10);
}

export function isDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** The last local day of the period starting `start`, but not past `last`. */
export function periodLastDay(start: string, period: Period, last: string): string {
  const next =
    period === 'DAY'
      ? addDays(start, 1)
      : period === 'WEEK'
        ? addDays(start, 7)
        : addMonths(start, 1);
  const end = addDays(next, -1);
  return end < last ? end : last;
}

/** "Nov 9" for a day or week, "Nov 26" for a month (month and year). */
export function periodLabel(start: string, period: Period): string {
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: period === 'MONTH' ? undefined : 'numeric',
    year: period === 'MONTH' ? '2-digit' : undefined,
    timeZone: 'UTC',
  }).format(utc(start));
}

/** A percentage already in percent ("93.8 %"), or "—" when nothing was counted. */
export function percent(value: number | null | undefined): string {
  return value == null ? '—' : `${value.toFixed(1)} %`;
}

/** A 0–1 ratio as a percentage. */
export function rate(value: number | null | undefined): string {
  return value == null ? '—' : `${(value * 100).toFixed(1)} %`;
}

/** Milliseconds as hours, or days past two days. */
export function hoursOf(millis: number): string {
  const hours = millis / 3_600_000;
  if (hours >= 48) return `${(hours / 24).toFixed(1)} d`;
  return `${hours.toFixed(1)} h`;
}

export const GROUP_BY_LABELS: Record<SlaGroupBy, string> = {
  provider: 'Internal vs each partner',
  partner: 'Partner (OLA)',
  priority: 'Priority',
  tier: 'Tier',
  application: 'Application',
  group: 'Support group',
  kind: 'SLA or OLA',
  target: 'Response or resolution',
};

/** The query parameter that filters to one group's key, for the drill-down. */
export function filterOfGroup(groupBy: SlaGroupBy, key: string): Record<string, string> {
  switch (groupBy) {
    case 'provider':
      return { provider: key };
    case 'partner':
      return key === '0' ? { kind: 'OLA' } : { kind: 'OLA', provider: key };
    case 'priority':
      return { priority: key };
    case 'tier':
      return { tier: key };
    case 'application':
      return key === '0' ? {} : { applicationId: key };
    case 'group':
      return key === '0' ? {} : { groupId: key };
    case 'kind':
      return { kind: key };
    case 'target':
      return { target: key };
  }
}

const CAUSES: Record<string, string> = {
  PENDING_VENDOR: 'Pending vendor',
  PENDING_CUSTOMER: 'Pending customer',
  PENDING_CHANGE: 'Pending change',
  UNASSIGNED: 'No group',
};

/** PARTNER_L1 → "Partner L1 queue", PENDING_VENDOR → "Pending vendor". */
export function causeLabel(cause: string): string {
  if (CAUSES[cause]) return CAUSES[cause];
  const queue = /^(INTERNAL|PARTNER)_(.+)$/.exec(cause);
  if (queue) {
    const who = queue[1] === 'INTERNAL' ? 'Internal' : 'Partner';
    if (queue[2] === 'VENDOR') return `${who} vendor-escalation queue`;
    return queue[2] === 'GROUP' ? `${who} queue` : `${who} ${queue[2]} queue`;
  }
  const words = cause.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** This month so far, and the same days of last month, as local days (both inclusive). */
export interface Months {
  thisFrom: string;
  thisTo: string;
  lastFrom: string;
  lastTo: string;
}

export function monthsOf(today: string): Months {
  const thisFrom = `${today.slice(0, 7)}-01`;
  const lastFrom = addMonths(thisFrom, -1);
  const sameDay = addDays(lastFrom, Number(today.slice(8, 10)) - 1);
  const lastEnd = addDays(thisFrom, -1);
  return { thisFrom, thisTo: today, lastFrom, lastTo: sameDay < lastEnd ? sameDay : lastEnd };
}
