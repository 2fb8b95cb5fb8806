import { describe, expect, it } from 'vitest';
import type { SlaTimer } from '../types';
import { businessLeft, describeLeft } from './remaining';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** What GET /api/tickets/{id}/sla said about one timer at `serverNow`, and the text at `now`. */
function shown(
  timer: Pick<SlaTimer, 'state' | 'remaining' | 'runsUntil'>,
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
