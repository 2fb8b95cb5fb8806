import { isApiError } from '@/lib/api';
import type { FieldError } from '@/lib/field-errors';

/** The message for one input as Mantine's `error` prop wants it, or undefined. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  const messages = errors
    .filter((error) => error.field === field || error.field?.endsWith(`.${field}`))
    .map((error) => error.message);
  return messages.length ? messages.join('; ') : undefined;
}

/** True for the 409 a stale version gets: someone changed the ticket since it was read. */
export function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.problem?.currentVersion !== undefined;
}
