import { durationMs } from '@/lib/durations';

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

/** True for the ISO-8601 durations the backend takes: days, hours, minutes, seconds (PT4H, P3D). */
export function isIsoDuration(value: string): boolean {
  const ms = durationMs(value);
  return ms !== null && ms >= 0 && !value.includes('-');
}
