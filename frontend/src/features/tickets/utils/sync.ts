import { ago } from '@/lib/time';
import type { SyncLine } from '../types';

/** "12 s ago" under a minute (deliveries take seconds), then "5 minutes ago", "yesterday". */
export function syncedAgo(at: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(at)) / 1000));
  return seconds < 60 ? `${seconds} s ago` : ago(at, now);
}

/** What one line says: where the ticket is and how fresh, or what went wrong. */
export function describeSync(line: SyncLine, now: number): { text: string; failing: boolean } {
  const name = line.connectorName;
  const as = line.display ?? line.externalId;
  const failing = line.lastError != null && line.lastError !== '';
  if (failing) {
    return { text: `${name}: ${line.lastError}`, failing };
  }
  if (as && line.lastSyncedAt) {
    const waiting = line.pending > 0 ? ` · ${line.pending} waiting` : '';
    return {
      text: `In ${name} as ${as} · synced ${syncedAgo(line.lastSyncedAt, now)}${waiting}`,
      failing,
    };
  }
  return { text: `Sending to ${name}…`, failing };
}
