import { formatDate } from '@/lib/time';

/** "15 Dec 2026 – 21 Dec 2026 (7 days)": a go-live's window in the hospital's dates. */
export function windowLabel(startsOn: string, endsOn: string): string {
  return `${formatDate(startsOn)} – ${formatDate(endsOn)} (${windowDays(startsOn, endsOn)} days)`;
}

/** Days in a window, both ends counted. */
export function windowDays(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000) + 1;
}

/** Tickets or hours: at most two decimals, no trailing zeros. */
export function figure(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
}

/** `datetime-local` value of an instant, in the browser's zone. */
export function localInput(instant: string | number): string {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a `datetime-local` value names in the browser's zone; null when incomplete. */
export function instantOf(local: string): string | null {
  if (!local) return null;
  const time = new Date(local).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * What a form cannot show beside one of its inputs: the refusal's general message and the
 * messages for fields it has no input for (a stale `version`, say), one per line.
 */
export function formLevelErrors(
  errors: Record<string, string>,
  inputs: readonly string[],
): string[] {
  return Object.entries(errors)
    .filter(([field]) => !inputs.some((input) => field === input || field.startsWith(`${input}[`)))
    .map(([field, message]) => (field ? `${field}: ${message}` : message));
}
