import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Page, PartnerProfile, PartnerProfileInput, PartnerSummary } from '../types';
import { marketKeys } from './keys';

export interface PartnerListParams {
  q: string;
  page: number;
  size: number;
}

/**
 * GET /api/partners: the hospital's partners with their profile in brief, searched by `q`; a
 * partner's own people get their own organisation only.
 */
export function usePartners(params: PartnerListParams, enabled = true) {
  const q = params.q.trim();
  return useQuery({
    queryKey: marketKeys.partnerList({ ...params, q }),
    queryFn: () => {
      const query = new URLSearchParams({ page: String(params.page), size: String(params.size) });
      if (q) query.set('q', q);
      return api.get<Page<PartnerSummary>>(`/api/partners?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/partners/{id}: the whole profile, with its people and version. */
export function usePartner(id: number | null) {
  return useQuery({
    queryKey: marketKeys.partner(id ?? 0),
    queryFn: () => api.get<PartnerProfile>(`/api/partners/${id}`),
    enabled: id !== null,
  });
}

/** PUT /api/partners/{id}: a partner manager saves its own profile with the version read. */
export function useSavePartner() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: PartnerProfileInput }) =>
      api.put<PartnerProfile>(`/api/partners/${id}`, input),
    onSuccess: (saved) => {
      client.setQueryData(marketKeys.partner(saved.id), saved);
      return client.invalidateQueries({ queryKey: marketKeys.partners });
    },
  });
}
