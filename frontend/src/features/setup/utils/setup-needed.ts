import { isApiError } from '@/lib/api';

/**
 * Whether an API refusal says the caller's organisation is not set up yet (external issuer: 409
 * naming the field `setup`), so the app sends an administrator to the setup screen.
 */
export function isSetupNeeded(error: unknown): boolean {
  if (!isApiError(error) || error.status !== 409) return false;
  const errors: unknown = error.problem?.errors;
  return (
    Array.isArray(errors) &&
    errors.some(
      (entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        (entry as { field?: unknown }).field === 'setup',
    )
  );
}
