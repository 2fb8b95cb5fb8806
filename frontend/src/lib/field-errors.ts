import { isApiError } from './api';

/**
 * A 400's problem+json as messages per field. The request's own rules name the field
 * (`endsOn`, `applicationIds[0]`); bean validation names it inside the message
 * (`body.minimumLevel: must be …`). Messages without a field land under `''`.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isApiError(error)) return result;
  const errors: unknown = error.problem?.errors;
  const add = (field: string, message: string) => {
    result[field] = result[field] ? `${result[field]}; ${message}` : message;
  };
  if (!Array.isArray(errors) || errors.length === 0) {
    add('', error.detail ?? error.title);
    return result;
  }
  for (const entry of errors as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { field, message } = entry as { field?: unknown; message?: unknown };
    if (typeof message !== 'string') continue;
    if (typeof field === 'string' && field) {
      add(field.replace(/^body\./, ''), message);
      continue;
    }
    const named = /^(?:body\.)?([A-Za-z]+(?:\[\d+\])?)(?:\.[\w[\]]+)*: (.*)$/s.exec(message);
    if (named?.[1] && named[2]) add(named[1], named[2]);
    else add('', message);
  }
  return result;
}

/** The messages for a field and its parts (`applicationIds` also collects `applicationIds[0]`). */
export function errorOf(errors: Record<string, string>, field: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}[`))
    .map(([, message]) => message);
  return messages.length ? messages.join('; ') : undefined;
}
