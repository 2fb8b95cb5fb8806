import { isApiError } from '@/lib/api';
import type { FieldError } from '../types';

/** The `errors` of a problem+json, or an empty list. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!isApiError(error)) return [];
  const errors: unknown = error.problem?.errors;
  if (!Array.isArray(errors)) return [];
  return (errors as unknown[])
    .filter(
      (entry): entry is FieldError =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { message?: unknown }).message === 'string',
    )
    .map((entry) => ({
      field: typeof entry.field === 'string' && entry.field !== '' ? entry.field : null,
      message: entry.message,
    }));
}

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
