import type { AdvisoryRouting, AdvisorySeverity } from '../types';

export const SEVERITY: Record<AdvisorySeverity, { label: string; color: string }> = {
  LOW: { label: 'Low', color: 'gray' },
  MEDIUM: { label: 'Medium', color: 'yellow' },
  HIGH: { label: 'High', color: 'orange' },
  CRITICAL: { label: 'Critical', color: 'red' },
};

export const ROUTING: Record<AdvisoryRouting, string> = {
  BOTH: 'Biomed and IT',
  BIOMED: 'Biomed',
  IT: 'IT',
};

/** "2.4.0 – 2.4.2", "2.4.0 and later", "up to 2.4.2", "every version". */
export function firmwareRange(from: string | null, to: string | null): string {
  if (from !== null && to !== null) return from === to ? from : `${from} – ${to}`;
  if (from !== null) return `${from} and later`;
  if (to !== null) return `up to ${to}`;
  return 'every version';
}
