import { isApiError } from './api';

/** One refusal of a 400 problem+json: the input it names (a path), or null for the whole form. */
export interface FieldError {
  field: string | null;
  message: string;
}

/**
 * The field errors of a refusal. The request's own rules name the field (`endsOn`,
 * `holidays[0].date`); bean validation names it inside the message (`body.minimumLevel: must be …`)
 * and so do some single-parameter refusals (`from: an ISO-8601 instant …`), also in the detail of a
 * problem that has no `errors`. Anything else is not a field error: an empty list.
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!isApiError(error)) return [];
  const raw: unknown = error.problem?.errors;
  const errors = (Array.isArray(raw) ? (raw as unknown[]) : [])
    .filter(
      (entry): entry is { field?: unknown; message: string } =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { message?: unknown }).message === 'string',
    )
    .map((entry) =>
      typeof entry.field === 'string' && entry.field !== ''
        ? { field: entry.field.replace(/^body\./, ''), message: entry.message }
        : (named(entry.message) ?? { field: null, message: entry.message }),
    );
  if (errors.length === 0 && error.detail) {
    const fromDetail = named(error.detail);
    if (fromDetail) errors.push(fromDetail);
  }
  return errors;
}

/** `body.items[3].name: must not be blank` → the field `items[3]` and the message. */
function named(message: string): FieldError | null {
  const match = /^(?:body\.)?([A-Za-z]\w*(?:\[\d+\])?)(?:\.[\w[\]]+)*: (.+)$/s.exec(message);
  return match?.[1] && match[2] ? { field: match[1], message: match[2] } : null;
}

/**
 * A refusal as messages per field, for forms that keep one string per input; messages without a
 * field (or a refusal without field errors: its detail) land under `''`.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isApiError(error)) return result;
  const add = (field: string, message: string) => {
    result[field] = result[field] ? `${result[field]}; ${message}` : message;
  };
  const errors = fieldErrorsOf(error);
  if (errors.length === 0) add('', error.detail ?? error.title);
  for (const { field, message } of errors) add(field ?? '', message);
  return result;
}

/** The messages for a field and its parts (`applicationIds` also collects `applicationIds[0]`). */
export function errorOf(errors: Record<string, string>, field: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}[`))
    .map(([, message]) => message);
  return messages.length ? messages.join('; ') : undefined;
}
