const ISO = /^(-)?P(?:(-?\d+)D)?(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:\.\d+)?)S)?)?$/i;

/**
 * Milliseconds of an ISO-8601 duration as Java writes it (PT4H, PT-1H-5M, P3D), or null.
 */
export function durationMs(value: string): number | null {
  const text = value.trim();
  const match = ISO.exec(text);
  if (!match || text.toUpperCase().endsWith('T') || /^-?P$/i.test(text)) return null;
  const [, sign, d, h, m, s] = match;
  const ms =
    Number(d ?? 0) * 86_400_000 +
    Number(h ?? 0) * 3_600_000 +
    Number(m ?? 0) * 60_000 +
    Number(s ?? 0) * 1000;
  return sign ? -ms : ms;
}

/** True for durations the SLA API accepts as targets (positive). */
export function isTarget(value: string): boolean {
  const ms = durationMs(value);
  return ms !== null && ms > 0;
}

/** "PT27H" → "27 h", "PT15M" → "15 min": a target as people say it. */
export function formatTarget(value: string): string {
  const ms = durationMs(value);
  if (ms === null) return value;
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** "Mon, Dec 7, 3:00 PM EST": an instant in the given zone. */
export function formatDue(instant: string, zone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
    timeZoneName: 'short',
  }).format(new Date(instant));
}
