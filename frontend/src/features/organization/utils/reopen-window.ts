/** A reopen window as the form shows it: whole days and hours. */
export interface WindowParts {
  days: number;
  hours: number;
}

const ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/**
 * An ISO-8601 duration as the backend stores it (P7D, PT36H, P1DT12H) in days and hours; minutes
 * and seconds round down to the hour. Null for anything else.
 */
export function windowParts(iso: string): WindowParts | null {
  const match = ISO.exec(iso.trim());
  if (!match || iso.trim().toUpperCase() === 'P' || iso.trim().toUpperCase().endsWith('T'))
    return null;
  const totalHours = Number(match[1] ?? 0) * 24 + Number(match[2] ?? 0);
  return { days: Math.floor(totalHours / 24), hours: totalHours % 24 };
}

/** Days and hours as the ISO-8601 duration the API takes: P7D, PT12H, P1DT12H, PT0S. */
export function windowIso({ days, hours }: WindowParts): string {
  if (days === 0 && hours === 0) return 'PT0S';
  return `P${days > 0 ? `${days}D` : ''}${hours > 0 ? `T${hours}H` : ''}`;
}

/** "7 days", "1 day and 12 hours", "no reopening". */
export function describeWindow({ days, hours }: WindowParts): string {
  if (days === 0 && hours === 0) return 'no reopening: a resolved ticket stays resolved';
  const parts = [
    days > 0 ? `${days} day${days === 1 ? '' : 's'}` : '',
    hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.join(' and ');
}

/** The longest window the backend accepts. */
export const LONGEST_DAYS = 90;
