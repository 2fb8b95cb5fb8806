import { isApiError } from '@/lib/api';

/** The sentence to show for a refused change: the field's own message where the API names one. */
export function refusal(error: unknown): string {
  if (isApiError(error)) {
    const errors = error.problem?.errors;
    if (Array.isArray(errors) && errors.length > 0) {
      const first = errors[0] as { message?: unknown };
      if (typeof first.message === 'string') return first.message;
    }
    return error.detail ?? error.title;
  }
  return error instanceof Error ? error.message : 'Something went wrong';
}

/** Impact as the portal asks it, for pickers. */
export const IMPACTS: { value: string; label: string }[] = [
  { value: '1', label: '1 · many people or a whole unit' },
  { value: '2', label: '2 · a group or department' },
  { value: '3', label: '3 · one person' },
];
