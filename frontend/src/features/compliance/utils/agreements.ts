import { formatDate } from '@/lib/time';
import type { Agreement } from '../types';

export type AgreementState = 'IN_FORCE' | 'NOT_YET' | 'ENDED';

/** Where an agreement stands today: the server's `inForce`, and the dates for the rest. */
export function agreementState(agreement: Agreement, todayDate: string): AgreementState {
  if (agreement.inForce) return 'IN_FORCE';
  if (agreement.effectiveFrom > todayDate) return 'NOT_YET';
  return 'ENDED';
}

/** "Dec 1, 2026 – Nov 30, 2027", "Dec 1, 2026 – no end date". */
export function periodOf(agreement: Agreement): string {
  return `${formatDate(agreement.effectiveFrom)} – ${
    agreement.effectiveUntil ? formatDate(agreement.effectiveUntil) : 'no end date'
  }`;
}

/** The partner's status in words, for its badge. */
export function statusLabel(current: Agreement | null): string {
  if (!current) return 'No agreement in force: PHI masked';
  return current.effectiveUntil
    ? `BAA in force until ${formatDate(current.effectiveUntil)}`
    : 'BAA in force, no end date';
}

/** Newest first: by start date, then by when it was recorded. */
export function newestFirst(a: Agreement, b: Agreement): number {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom < b.effectiveFrom ? 1 : -1;
  return a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0;
}
