export const scorecardKeys = {
  all: ['scorecards'] as const,
  list: (range: object) => ['scorecards', 'list', range] as const,
  card: (kind: 'partners' | 'engagements', id: number, range: object) =>
    ['scorecards', kind, id, range] as const,
};
