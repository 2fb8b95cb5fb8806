/** The IANA zone of this browser, e.g. "Europe/Berlin". */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** All IANA zones the browser knows, or null where Intl cannot list them. */
export function supportedZones(): string[] | null {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : null;
  } catch {
    return null;
  }
}

/** "Fri, Dec 4, 2026, 4:00 PM EST": an instant on the wall clock of `zone`. */
export function formatInstant(instant: string | Date, zone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
    timeZoneName: 'short',
  }).format(typeof instant === 'string' ? new Date(instant) : instant);
}

const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** True for the ISO-8601 durations the backend takes: days, hours, minutes, seconds (PT4H, P3D). */
export function isIsoDuration(value: string): boolean {
  const match = ISO_DURATION.exec(value.trim());
  if (!match || value.trim().toUpperCase().endsWith('T')) return false;
  return match.slice(1).some((part) => part !== undefined);
}

/** "PT4H" → "4 h", "P1DT30M" → "1 day 30 min"; the input itself when it is not a duration. */
export function humanizeDuration(value: string): string {
  const match = ISO_DURATION.exec(value.trim());
  if (!match || !isIsoDuration(value)) return value;
  const [, days, hours, minutes, seconds] = match;
  const parts: string[] = [];
  if (days) parts.push(`${Number(days)} ${Number(days) === 1 ? 'day' : 'days'}`);
  if (hours) parts.push(`${Number(hours)} h`);
  if (minutes) parts.push(`${Number(minutes)} min`);
  if (seconds) parts.push(`${Number(seconds)} s`);
  return parts.join(' ') || '0 min';
}

/** Wall-clock time between two instants, roughly: "2 days 19 h", "45 min". */
export function wallClockBetween(from: string | Date, to: string | Date): string {
  const minutes = Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} ${days === 1 ? 'day' : 'days'}`);
  if (hours) parts.push(`${hours} h`);
  if (rest && !days) parts.push(`${rest} min`);
  return parts.join(' ') || '0 min';
}
