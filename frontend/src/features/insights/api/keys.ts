export const insightKeys = {
  all: ['insights'] as const,
  /** Every insight answer is keyed by its path and query string. */
  get: (path: string, query: string) => ['insights', path, query] as const,
};
