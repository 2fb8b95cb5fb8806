import { WEEKDAYS, type Interval, type Weekday } from '../types';

export const DAY_SHORT: Record<Weekday, string> = {
  MONDAY: 'Mon',
  TUESDAY: 'Tue',
  WEDNESDAY: 'Wed',
  THURSDAY: 'Thu',
  FRIDAY: 'Fri',
  SATURDAY: 'Sat',
  SUNDAY: 'Sun',
};

export const DAY_LONG: Record<Weekday, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

const isWholeDay = (interval: Interval) =>
  interval.from === interval.to && interval.from === '00:00';

/** "08:00–17:00", "22:00–06:00 (next day)", "24 h". */
export function formatInterval(interval: Interval): string {
  if (isWholeDay(interval)) return '24 h';
  const overnight = interval.to <= interval.from && interval.to !== '00:00';
  return `${interval.from}–${interval.to}${overnight ? ' (next day)' : ''}`;
}

/** A day's hours in words: "08:00–12:00, 13:00–17:00", or "Closed". */
export function formatDay(intervals: readonly Interval[] | null | undefined): string {
  if (!intervals || intervals.length === 0) return 'Closed';
  return intervals.map(formatInterval).join(', ');
}

/** "Mon–Fri", "Sat, Sun", "Mon, Wed, Fri": runs of three or more days become ranges. */
function formatDays(days: Weekday[]): string {
  const indexes = days.map((day) => WEEKDAYS.indexOf(day));
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= indexes.length; i++) {
    if (i < indexes.length && indexes[i] === (indexes[i - 1] ?? -2) + 1) continue;
    const run = days.slice(start, i);
    const first = run[0];
    const last = run[run.length - 1];
    if (run.length >= 3 && first && last) parts.push(`${DAY_SHORT[first]}–${DAY_SHORT[last]}`);
    else parts.push(...run.map((day) => DAY_SHORT[day]));
    start = i;
  }
  return parts.join(', ');
}

/**
 * A compact summary of a week for a table cell: "Mon–Fri 08:00–17:00", "Every day, 24 h",
 * "Mon–Fri 08:00–17:00 · Sat 09:00–13:00", "Closed every day". Days with the same hours are
 * grouped, in the order of the week; closed days are left out.
 */
export function summarizeWeek(week: Partial<Record<Weekday, Interval[]>>): string {
  const groups = new Map<string, Weekday[]>();
  for (const day of WEEKDAYS) {
    const intervals = week[day] ?? [];
    if (intervals.length === 0) continue;
    const hours = formatDay(intervals);
    groups.set(hours, [...(groups.get(hours) ?? []), day]);
  }
  if (groups.size === 0) return 'Closed every day';
  const [only] = groups.entries();
  if (groups.size === 1 && only && only[1].length === 7) return `Every day, ${only[0]}`;
  return [...groups.entries()].map(([hours, days]) => `${formatDays(days)} ${hours}`).join(' · ');
}
