import { isApiError } from '@/lib/api';
import type { FieldError } from '../types';

/**
 * The field errors of a refusal. They come as `errors: [{field, message}]`; a field may be a
 * path ("list.username", "request.reference") and a message may carry its field as a prefix
 * ("from: an ISO-8601 instant …") when the server had no path to give.
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!isApiError(error)) return [];
  const raw: unknown = error.problem?.errors;
  const entries = Array.isArray(raw) ? (raw as unknown[]) : [];
  const errors = entries
    .filter(
      (entry): entry is { field?: unknown; message: string } =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { message?: unknown }).message === 'string',
    )
    .map((entry) => {
      if (typeof entry.field === 'string' && entry.field !== '') {
        return { field: lastSegment(entry.field), message: entry.message };
      }
      return prefixed(entry.message) ?? { field: null, message: entry.message };
    });
  if (errors.length === 0 && error.detail) {
    const fromDetail = prefixed(error.detail);
    if (fromDetail) errors.push(fromDetail);
  }
  return errors;
}

const FIELD_WORDS: [RegExp, string][] = [
  [/\beffectiveFrom\b/g, 'the first day'],
  [/\beffectiveUntil\b/g, 'the last day'],
  [/\bpartnerId\b/g, 'the partner'],
];

/** "must not be before effectiveFrom" → "must not be before the first day": no field names on screen. */
export function plainMessage(message: string): string {
  return FIELD_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), message);
}

function lastSegment(path: string): string {
  const parts = path.split('.');
  return (parts[parts.length - 1] ?? path).replace(/\[\d+\]$/, '');
}

function prefixed(message: string): FieldError | null {
  const match = /^([A-Za-z][\w]*): (.+)$/s.exec(message);
  return match ? { field: match[1]!, message: match[2]! } : null;
}

/** The message(s) for one input, as Mantine's `error` prop wants them. */
export function errorFor(errors: readonly FieldError[], ...fields: string[]): string | undefined {
  const messages = errors
    .filter((e) => e.field !== null && fields.includes(e.field))
    .map((e) => plainMessage(e.message));
  return messages.length ? messages.join('; ') : undefined;
}

/** Errors that belong to none of these inputs, to show above the form. */
export function otherErrors(
  errors: readonly FieldError[],
  fields: readonly string[],
): FieldError[] {
  return errors.filter((e) => e.field === null || !fields.includes(e.field));
}
