import type { ScorecardRange } from './types';

/** A share from 0 to 1 as a percentage with one decimal; null (nothing counted) as "—". */
export function percent(rate: number | null | undefined): string {
  if (rate == null) return '—';
  return `${(rate * 100).toFixed(1)} %`;
}

/** Hours as hours, or days past two days. */
export function hours(value: number | null | undefined): string {
  if (value == null) return '—';
  if (value >= 48) return `${(value / 24).toFixed(1)} d`;
  return `${value.toFixed(1)} h`;
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `days` days up to today (dates; the API counts `to` to its end). */
export function lastDays(days: number, today: Date = new Date()): ScorecardRange {
  const from = new Date(today);
  from.setDate(from.getDate() - (days - 1));
  return { from: isoDay(from), to: isoDay(today) };
}

/** The definitions of the figures, as NOTES-scorecards.md gives them. */
export const DEFINITIONS: { figure: string; definition: string }[] = [
  {
    figure: 'Volume',
    definition:
      'Tickets resolved in the period that are still resolved or closed, counted for the group that resolved them.',
  },
  {
    figure: 'SLA compliance',
    definition:
      'The hospital’s SLA timers (response and resolution) that finished in the period: met ÷ finished.',
  },
  {
    figure: 'OLA compliance',
    definition: 'The same count for the engagement’s own OLA timers; internal teams have no OLA.',
  },
  {
    figure: 'First-contact resolution',
    definition:
      'Resolved tickets the first group to hold them resolved: never moved, escalated or reopened — out of the volume.',
  },
  {
    figure: 'Reopen rate',
    definition:
      'Resolved tickets reopened at least once before their latest resolution, out of the volume.',
  },
  {
    figure: 'CSAT',
    definition:
      'The mean of requesters’ 1–5 ratings on tickets resolved in the period, and how many.',
  },
  {
    figure: 'Backlog',
    definition:
      'Open tickets held now, with the oldest and the median age since each was opened (a figure for now, not the period).',
  },
];
