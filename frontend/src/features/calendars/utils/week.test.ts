import { describe, expect, it } from 'vitest';
import type { Interval, Weekday } from '../types';
import { formatInterval, summarizeWeek } from './week';

const office: Interval[] = [{ from: '08:00', to: '17:00' }];
const allDay: Interval[] = [{ from: '00:00', to: '00:00' }];
const weekdays = (hours: Interval[]) =>
  Object.fromEntries(
    (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as Weekday[]).map((d) => [d, hours]),
  );

describe('summarizeWeek', () => {
  it.each<[string, Partial<Record<Weekday, Interval[]>>, string]>([
    ['office week', weekdays(office), 'Mon–Fri 08:00–17:00'],
    [
      'every day round the clock',
      { ...weekdays(allDay), SATURDAY: allDay, SUNDAY: allDay },
      'Every day, 24 h',
    ],
    [
      'every day same hours',
      { ...weekdays(office), SATURDAY: office, SUNDAY: office },
      'Every day, 08:00–17:00',
    ],
    [
      'weekdays plus a short Saturday',
      { ...weekdays(office), SATURDAY: [{ from: '09:00', to: '13:00' }] },
      'Mon–Fri 08:00–17:00 · Sat 09:00–13:00',
    ],
    [
      'split day',
      weekdays([
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '17:00' },
      ]),
      'Mon–Fri 08:00–12:00, 13:00–17:00',
    ],
    ['weekend only', { SATURDAY: office, SUNDAY: office }, 'Sat, Sun 08:00–17:00'],
    [
      'days that are not next to each other',
      { MONDAY: office, WEDNESDAY: office, FRIDAY: office },
      'Mon, Wed, Fri 08:00–17:00',
    ],
    [
      'night shift past midnight',
      weekdays([{ from: '22:00', to: '06:00' }]),
      'Mon–Fri 22:00–06:00 (next day)',
    ],
    ['closed all week', {}, 'Closed every day'],
    ['days present but empty', { MONDAY: [], TUESDAY: [] }, 'Closed every day'],
  ])('%s', (_, week, expected) => {
    expect(summarizeWeek(week)).toBe(expected);
  });
});

describe('formatInterval', () => {
  it.each([
    [{ from: '08:00', to: '17:00' }, '08:00–17:00'],
    [{ from: '00:00', to: '00:00' }, '24 h'],
    [{ from: '22:00', to: '06:00' }, '22:00–06:00 (next day)'],
    [{ from: '18:00', to: '00:00' }, '18:00–00:00'],
  ])('%j reads %s', (interval, expected) => {
    expect(formatInterval(interval)).toBe(expected);
  });
});
