/**
 * The calendar day `days` from now where the user is, as `YYYY-MM-DD`. Not `toISOString()`: in
 * the evening in the Americas that is already tomorrow in UTC.
 */
export function localDay(days = 0, now: Date = new Date()): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
