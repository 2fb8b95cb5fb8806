import { isApiError } from './api';

/** Turns any error into a sentence a hospital user can act on. */
export function describeError(error: unknown): { title: string; detail?: string } {
  if (isApiError(error)) return { title: error.title, detail: error.detail };
  if (error instanceof Error && error.message) {
    return { title: 'Something went wrong', detail: error.message };
  }
  return { title: 'Something went wrong' };
}
