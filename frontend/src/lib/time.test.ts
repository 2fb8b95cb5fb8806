import { describe, expect, it } from 'vitest';
import { age, ago, formatDate } from './time';
import { businessLeft, describeLeft, durationMs, formatDuration, formatTarget } from './durations';
import { localDay } from './local-day';

describe('formatDuration', () => {
  it.each([
    [(27 * 60 + 10) * 60_000, '1 d 3 h'],
    [2 * 86_400_000, '2 d'],
    [(3 * 60 + 5) * 60_000, '3 h 05 min'],
    [2 * 3_600_000, '2 h 00 min'],
    [(29 * 60 + 58) * 1000, '29 min'],
    [59_000, '< 1 min'],
    [-(26 * 60 + 3) * 60_000, '1 d 2 h'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('ISO durations', () => {
  it.each([
    ['PT4H', 4 * 3_600_000],
    ['PT15M', 15 * 60_000],
    ['P3D', 3 * 86_400_000],
    ['PT-1H-5M', -65 * 60_000],
    ['PT1H30M10S', 5_410_000],
    ['pt2h', 2 * 3_600_000],
  ])('%s is %d ms', (text, ms) => {
    expect(durationMs(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '4 hours', '4h', 'PT4X'])('%s is not a duration', (text) => {
    expect(durationMs(text)).toBeNull();
  });

  // Targets and timers read in the same units: a 27 h target starts as "1 d 3 h left".
  it.each([
    ['PT27H', '1 d 3 h'],
    ['PT15M', '15 min'],
    ['PT1H30M', '1 h 30 min'],
    ['PT1H5M', '1 h 05 min'],
    ['PT4H', '4 h'],
    ['P1D', '1 d'],
    ['P1DT2H', '1 d 2 h'],
    ['PT', 'PT'],
    ['4h', '4h'],
  ])('target %s reads "%s"', (value, words) => {
    expect(formatTarget(value)).toBe(words);
  });
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** What GET /api/tickets/{id}/sla said about one timer at `serverNow`, and the text at `now`. */
function shown(
  timer: Parameters<typeof businessLeft>[0] & { state: Parameters<typeof describeLeft>[0] },
  serverNow: string,
  now: string,
): string {
  return describeLeft(timer.state, businessLeft(timer, Date.parse(serverNow), Date.parse(now)));
}

describe('remaining business time', () => {
  // Friday 14:00 on a 09:00–17:00 weekday calendar: 27 business hours left, so the deadline is
  // Wednesday 09:00 — 3 days 19 h of wall-clock time away. Only the business time is ever shown.
  const friday = '2026-12-04T14:00:00Z';
  const running = {
    state: 'RUNNING' as const,
    remaining: 'PT27H',
    runsUntil: '2026-12-04T17:00:00Z', // the calendar closes at 17:00
  };

  it('reads the same business time running and, the moment it pauses, paused', () => {
    expect(shown(running, friday, friday)).toBe('1 d 3 h left');
    // 40 minutes later the clock has run 40 minutes …
    const later = '2026-12-04T14:40:00Z';
    expect(shown(running, friday, later)).toBe('1 d 2 h left');
    expect(businessLeft(running, Date.parse(friday), Date.parse(later))).toBe(
      26 * HOUR + 20 * MINUTE,
    );
    // … the ticket goes on hold: the server's answer is the same figure, now standing still.
    const paused = { state: 'PAUSED' as const, remaining: 'PT26H20M', runsUntil: null };
    expect(shown(paused, later, later)).toBe('paused · 1 d 2 h left');
    expect(shown(paused, later, '2026-12-07T10:00:00Z')).toBe('paused · 1 d 2 h left');
    // Resumed after the weekend on Monday 10:00: it counts down from where it stopped.
    const resumed = { ...running, remaining: 'PT26H20M', runsUntil: '2026-12-07T17:00:00Z' };
    expect(shown(resumed, '2026-12-07T10:00:00Z', '2026-12-07T12:30:00Z')).toBe('23 h 50 min left');
  });

  it('stands still once the calendar closes, and while it is closed', () => {
    expect(shown(running, friday, '2026-12-05T09:00:00Z')).toBe('1 d left');
    const overnight = { ...running, remaining: 'PT24H', runsUntil: null };
    expect(shown(overnight, '2026-12-04T20:00:00Z', '2026-12-04T23:00:00Z')).toBe('1 d left');
  });

  it('counts past the deadline as overdue, and writes minutes below an hour', () => {
    const late = {
      state: 'RUNNING' as const,
      remaining: 'PT25M',
      runsUntil: '2026-12-04T17:00:00Z',
    };
    expect(shown(late, friday, '2026-12-04T14:00:30Z')).toBe('24 min left');
    expect(shown(late, friday, '2026-12-04T14:55:00Z')).toBe('overdue 30 min');
  });
});

describe('instants', () => {
  it('say how long ago in plain words', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(ago('2026-11-23T11:59:30Z', now)).toBe('just now');
    expect(ago('2026-11-23T11:55:00Z', now)).toBe('5 minutes ago');
    expect(ago('2026-11-22T12:00:00Z', now)).toBe('yesterday');
    expect(ago('2026-11-20T12:00:00Z', now)).toBe('3 days ago');
    expect(ago('2026-09-24T12:00:00Z', now)).toBe('2 months ago');
  });

  it('write calendar dates as given, whatever the time zone', () => {
    expect(formatDate('2026-12-01')).toBe('Dec 1, 2026');
    expect(formatDate('2026-12-24', { weekday: true })).toBe('Thu, Dec 24, 2026');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('age', () => {
  const now = Date.parse('2026-12-18T12:00:00Z');
  it.each([
    ['2026-12-06T11:00:00Z', '12 d'],
    ['2026-12-17T12:00:00Z', '1 d'],
    ['2026-12-18T06:30:00Z', '5 h'],
    ['2026-12-18T11:30:00Z', '< 1 h'],
    ['2026-12-18T13:00:00Z', '< 1 h'],
  ])('opened %s is %s old', (since, expected) => {
    expect(age(since, now)).toBe(expected);
  });
});

describe('localDay', () => {
  it('is the day where the user is, not the UTC day', () => {
    // 23:30 local on 31 December: whatever the test machine's zone, the local day stays 31 December.
    const lateEvening = new Date(2026, 11, 31, 23, 30);
    expect(localDay(0, lateEvening)).toBe('2026-12-31');
    expect(localDay(1, lateEvening)).toBe('2027-01-01');
    expect(localDay(-31, lateEvening)).toBe('2026-11-30');
  });
});
