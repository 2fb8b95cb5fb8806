/** Empty text as null, as the API expects for optional fields. */
export function orNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

/** The token from `/set-password#token=…` (the fragment never reaches a server log). */
export function tokenFromLocation(hash: string, search: string): string {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return fromHash ?? new URLSearchParams(search).get('token') ?? '';
}
