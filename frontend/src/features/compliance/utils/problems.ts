import { fieldErrorsOf as allFieldErrors, type FieldError } from '@/lib/field-errors';

/**
 * The field errors of a refusal, each named by its last segment: the server may give a path
 * ("list.username", "request.reference") where the form knows the input by its own name.
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return allFieldErrors(error).map((e) =>
    e.field === null ? e : { field: lastSegment(e.field), message: e.message },
  );
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
