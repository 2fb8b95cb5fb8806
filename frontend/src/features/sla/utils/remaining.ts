import { formatDuration } from '@/lib/duration';
import type { SlaTimer } from '../types';
import { durationMs } from './duration';

/**
 * Business time left on a timer at `now` (server time, ms), from the one figure the server
 * computes: `remaining` as of `serverNow`. Between answers the clock runs on only while the
 * server said it runs (`runsUntil`: a running timer on an open calendar), and never past that
 * instant — a paused timer, a closed calendar or a finished timer stands still. So a timer reads
 * the same business time the moment it pauses as it did the moment before.
 */
export function businessLeft(
  timer: Pick<SlaTimer, 'remaining' | 'runsUntil'>,
  serverNow: number,
  now: number,
): number {
  const remaining = durationMs(timer.remaining) ?? 0;
  if (!timer.runsUntil) return remaining;
  const ranUntil = Math.min(now, Date.parse(timer.runsUntil));
  return remaining - Math.max(0, ranUntil - serverNow);
}

/** "1 d 3 h left", "overdue 29 min", "paused · 3 h 05 min left", "met": one timer in words. */
export function describeLeft(state: SlaTimer['state'], leftMs: number): string {
  switch (state) {
    case 'RUNNING':
    case 'PAUSED': {
      const text =
        leftMs < 0 ? `overdue ${formatDuration(leftMs)}` : `${formatDuration(leftMs)} left`;
      return state === 'PAUSED' ? `paused · ${text}` : text;
    }
    case 'MET':
      return 'met';
    case 'BREACHED':
      return 'breached';
    default:
      return 'cancelled';
  }
}
