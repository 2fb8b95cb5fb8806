import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { ScorecardCard, ScorecardRange, Scorecards } from '../types';
import { scorecardKeys } from './keys';

function rangeQuery(range: ScorecardRange): string {
  return new URLSearchParams({ from: range.from, to: range.to }).toString();
}

/** GET /api/scorecards: teams, partners and engagements (a partner's manager gets its own). */
export function useScorecards(range: ScorecardRange | null) {
  return useQuery({
    queryKey: scorecardKeys.list(range ?? {}),
    queryFn: () => api.get<Scorecards>(`/api/scorecards?${rangeQuery(range!)}`),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
}

export type CardKind = 'partners' | 'engagements';

/** GET /api/scorecards/partners/{id} or /engagements/{id}: one card with its weeks. */
export function useScorecardCard(kind: CardKind, id: number, range: ScorecardRange) {
  return useQuery({
    queryKey: scorecardKeys.card(kind, id, range),
    queryFn: () => api.get<ScorecardCard>(`/api/scorecards/${kind}/${id}?${rangeQuery(range)}`),
  });
}
