/**
 * Spans as the SLA timers write them ("1 d 3 h", "3 h 05 min", "29 min") and the ISO-8601 durations
 * Java sends. Apart from lib/time so that screens without SLA figures (the portal) do not load them.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ISO = /^(-)?P(?:(-?\d+)D)?(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:\.\d+)?)S)?)?$/i;

/** Milliseconds of an ISO-8601 duration as Java writes it (PT4H, PT-1H-5M, P3D), or null. */
export function durationMs(value: string): number | null {
  const text = value.trim();
  const match = ISO.exec(text);
  if (!match || text.toUpperCase().endsWith('T') || /^-?P$/i.test(text)) return null;
  const [, sign, d, h, m, s] = match;
  const ms = Number(d ?? 0) * DAY + Number(h ?? 0) * HOUR + Number(m ?? 0) * MINUTE;
  const total = ms + Number(s ?? 0) * 1000;
  return sign ? -total : total;
}

/**
 * A span of time as it runs — SLA and OLA countdowns, paused timers, time on the clock: "1 d 3 h",
 * "3 h 05 min", "29 min", "< 1 min". Minutes are the finest unit, so a live countdown never shows
 * seconds and never jumps; the sign is the caller's ("left", "overdue").
 */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 1) return '< 1 min';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return `${hours} h ${String(rest).padStart(2, '0')} min`;
  return `${rest} min`;
}

/**
 * A set duration (an SLA or OLA target, a calendar preview), given as ISO-8601, in the same units
 * but to the minute and without empty parts: "PT27H" → "1 d 3 h", "PT90M" → "1 h 30 min",
 * "PT15M" → "15 min". The input itself when it is not a duration.
 */
export function formatTarget(value: string): string {
  const ms = durationMs(value);
  if (ms === null) return value;
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (rest) parts.push(`${hours ? String(rest).padStart(2, '0') : rest} min`);
  return parts.join(' ') || '0 min';
}

/** What the server said about one SLA or OLA timer: its business time left as of its answer. */
interface TimerFigure {
  remaining: string;
  runsUntil: string | null;
}

/**
 * Business time left on a timer at `now` (server time, ms), from the one figure the server
 * computes: `remaining` as of `serverNow`. Between answers the clock runs on only while the
 * server said it runs (`runsUntil`: a running timer on an open calendar), and never past that
 * instant — a paused timer, a closed calendar or a finished timer stands still. So a timer reads
 * the same business time the moment it pauses as it did the moment before.
 */
export function businessLeft(timer: TimerFigure, serverNow: number, now: number): number {
  const remaining = durationMs(timer.remaining) ?? 0;
  if (!timer.runsUntil) return remaining;
  const ranUntil = Math.min(now, Date.parse(timer.runsUntil));
  return remaining - Math.max(0, ranUntil - serverNow);
}

/** "1 d 3 h left", "overdue 29 min", "paused · 3 h 05 min left", "met": one timer in words. */
export function describeLeft(
  state: 'RUNNING' | 'PAUSED' | 'MET' | 'BREACHED' | 'CANCELLED',
  leftMs: number,
): string {
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
