import { durationMs } from '@/lib/durations';

/** True for durations the SLA API accepts as targets (positive). */
export function isTarget(value: string): boolean {
  const ms = durationMs(value);
  return ms !== null && ms > 0;
}
