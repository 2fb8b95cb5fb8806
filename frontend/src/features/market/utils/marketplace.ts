import { isApiError } from '@/lib/api';
import { fieldErrorsOf } from '@/lib/field-errors';
import { formatDate } from '@/lib/time';
import { WEEKDAY_LABEL, type Agreement, type Shift } from '../types';

const MONEY = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
});

/** "$85", "$1,240.50": rates and costs are US dollars. */
export function money(value: number): string {
  return MONEY.format(value);
}

/** The skill scale of the coverage matrix, in words. */
export const LEVEL_LABEL: Record<number, string> = {
  1: '1 · learning',
  2: '2 · L1 with a script',
  3: '3 · independent at L2',
  4: '4 · expert, L3',
};

/** "Mon 07:00–19:00, Tue 07:00–19:00"; "No shifts yet" when there are none. */
export function shiftsText(shifts: Shift[]): string {
  if (shifts.length === 0) return 'No shifts yet';
  return shifts.map((s) => `${WEEKDAY_LABEL[s.day] ?? s.day} ${s.from}–${s.to}`).join(', ');
}

/** "80%". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/**
 * A refusal because the thing changed since it was read (optimistic locking): a 409 naming the
 * `version`, or naming no field. Other 409s name what the state forbids ("status": the proposal
 * is no longer a draft; "people": already on the hospital's staff) and are shown as they are.
 */
export function isStale(error: unknown): boolean {
  if (!isApiError(error) || error.status !== 409) return false;
  const fields = fieldErrorsOf(error);
  return fields.length === 0 || fields.some((f) => f.field === 'version' || f.field === null);
}

/** "1 person", "2 people". */
export function people(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'}`;
}

export function agreementText(agreement: Agreement | null): string {
  if (!agreement) return 'No business associate agreement on file';
  return `BAA ${agreement.reference}, from ${formatDate(agreement.effectiveFrom)}${
    agreement.effectiveUntil ? ` until ${formatDate(agreement.effectiveUntil)}` : ''
  }`;
}

/**
 * After a send the form's own checks refused, moves focus to the first field flagged, so a long
 * form does not fail out of sight (and a screen reader hears which field).
 */
export function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
