/**
 * Every time and duration Medley writes, in one style: spans as the SLA timers write them
 * ("1 d 3 h", "3 h 05 min", "29 min"), instants in US English ("Dec 7, 2026, 3:00 PM"), "ago" in
 * plain words. Screens never format a date or a span themselves.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "5 minutes ago", "yesterday", "3 days ago", "last month", "2 years ago". */
export function ago(at: string, now: number = Date.now()): string {
  const diff = Date.parse(at) - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return 'just now';
  if (abs < HOUR) return RELATIVE.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return RELATIVE.format(Math.round(diff / HOUR), 'hour');
  if (abs < 30 * DAY) return RELATIVE.format(Math.round(diff / DAY), 'day');
  if (abs < 365 * DAY) return RELATIVE.format(Math.round(diff / (30 * DAY)), 'month');
  return RELATIVE.format(Math.round(diff / (365 * DAY)), 'year');
}

const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** "Dec 7, 2026, 3:00 PM" in the browser's time zone. */
export function formatDateTime(at: string): string {
  return DATE_TIME.format(new Date(at));
}

const STAMP = new Intl.DateTimeFormat('en-US', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/**
 * "Nov 23, 2026, 2:05:09 PM EST" in the browser's time zone, named: when exactly, to the second, in
 * a form that still reads right when the screen is printed for an auditor elsewhere.
 */
export function formatStamp(at: string): string {
  return STAMP.format(new Date(at));
}

/** "Mon, Dec 7, 03:00 PM EST": a deadline on the wall clock of `zone` (the browser's by default). */
export function formatDue(at: string | Date, zone?: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
    timeZoneName: 'short',
  }).format(typeof at === 'string' ? new Date(at) : at);
}

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const WEEKDAY_DATE = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/**
 * "Dec 1, 2026" (or "Tue, Dec 1, 2026") for a calendar date (YYYY-MM-DD) as written, without
 * shifting it through a time zone; the input itself when it is not such a date.
 */
export function formatDate(date: string, { weekday = false } = {}): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return (weekday ? WEEKDAY_DATE : DATE).format(new Date(Date.UTC(year, month - 1, day)));
}

const CLOCK = new Intl.DateTimeFormat('en-US', {
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const WEEKDAY_CLOCK = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const MONTH_DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });

/**
 * A queue's SLA cell: the nearest deadline of the ticket's SLA and partner (OLA) timers as a wall
 * clock — "due 15:42", "due Tue 09:00", "due Dec 14" — or "breached" once it has passed. The queue
 * names the deadline rather than a time left: time left is business time, which the ticket page
 * shows from the server's figure, and a wall-clock "in 3 h" would contradict it overnight.
 */
export function deadline(
  dueAt: string,
  now: number,
): { text: string; breached: boolean; soon: boolean } {
  const due = Date.parse(dueAt);
  if (due <= now) return { text: 'breached', breached: true, soon: false };
  const at = new Date(due);
  const today = new Date(now).toDateString() === at.toDateString();
  const text = today
    ? `due ${CLOCK.format(at)}`
    : due - now < 6 * DAY
      ? `due ${WEEKDAY_CLOCK.format(at).replace(',', '')}`
      : `due ${MONTH_DAY.format(at)}`;
  return { text, breached: false, soon: due - now < HOUR };
}

/**
 * How long something has been waiting, in whole days once it is a day old ("12 d"), else in whole
 * hours ("5 h", "< 1 h"): the age of an open vendor case on the weekly call's list.
 */
export function age(since: string, now: number = Date.now()): string {
  const ms = Math.max(0, now - Date.parse(since));
  if (ms >= DAY) return `${Math.floor(ms / DAY)} d`;
  if (ms >= HOUR) return `${Math.floor(ms / HOUR)} h`;
  return '< 1 h';
}
