/**
 * A span of time as Medley writes it everywhere — SLA and OLA countdowns, paused timers, the
 * queue: "1 d 3 h", "3 h 05 min", "29 min", "< 1 min". Minutes are the finest unit, so a live
 * countdown never shows seconds and never jumps; the sign is the caller's ("left", "overdue").
 */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return '< 1 min';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return `${hours} h ${String(rest).padStart(2, '0')} min`;
  return `${rest} min`;
}
