import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Advisory, AdvisoryInput, AdvisoryPage, OutagePlaybook } from '../types';

export const advisoryKeys = {
  all: ['advisories'] as const,
  list: (page: number, size: number) => ['advisories', 'list', page, size] as const,
  one: (id: number, page: number, size: number) => ['advisories', id, page, size] as const,
  playbook: (site: string | null, unit: string | null, page: number, size: number) =>
    ['devices', 'outage-playbook', site, unit, page, size] as const,
};

/** How often to look again while an advisory's remediation orders are still being written. */
const OPENING_POLL_MS = 1000;

/** GET /api/advisories: newest first, each with its exposure. */
export function useAdvisories(page: number, size: number) {
  return useQuery({
    queryKey: advisoryKeys.list(page, size),
    queryFn: () => api.get<AdvisoryPage>(`/api/advisories?page=${page}&size=${size}`),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.items.some((a) => a.remediationOpenedAt == null) ? OPENING_POLL_MS : false,
  });
}

/** GET /api/advisories/{id}: the exposure and a page of the remaining devices. */
export function useAdvisory(id: number, page: number, size: number) {
  return useQuery({
    queryKey: advisoryKeys.one(id, page, size),
    queryFn: () => api.get<Advisory>(`/api/advisories/${id}?page=${page}&size=${size}`),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data && query.state.data.remediationOpenedAt == null ? OPENING_POLL_MS : false,
  });
}

/**
 * POST /api/advisories: files it; the server then writes its remediation work orders in the
 * background (`remediationOpenedAt` stays null meanwhile, and the queries above poll).
 */
export function useFileAdvisory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AdvisoryInput) => api.post<Advisory>('/api/advisories', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: advisoryKeys.all }),
  });
}

/** GET /api/devices/outage-playbook, of one site or unit when named. */
export function useOutagePlaybook(
  site: string | null,
  unit: string | null,
  page: number,
  size: number,
) {
  return useQuery({
    queryKey: advisoryKeys.playbook(site, unit, page, size),
    queryFn: () => {
      const search = new URLSearchParams({ page: String(page), size: String(size) });
      if (site !== null) search.set('site', site);
      if (unit !== null) search.set('unit', unit);
      return api.get<OutagePlaybook>(`/api/devices/outage-playbook?${search.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}
