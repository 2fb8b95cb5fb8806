import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type {
  Engagement,
  EngagementChoices,
  EngagementInput,
  EngagementStatus,
  Page,
} from '../types';
import { marketKeys } from './keys';

export interface EngagementListParams {
  status: EngagementStatus | '';
  page: number;
  size: number;
  sort?: string;
}

/** GET /api/engagements: latest start first (a partner's agents get their own only). */
export function useEngagements(params: EngagementListParams, enabled = true) {
  return useQuery({
    queryKey: marketKeys.engagementList(params),
    queryFn: () => {
      const query = new URLSearchParams({
        page: String(params.page),
        size: String(params.size),
        sort: params.sort ?? 'startsOn,desc',
      });
      if (params.status) query.set('status', params.status);
      return api.get<Page<Engagement>>(`/api/engagements?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every engagement by name, for pickers elsewhere (OLAs, SLA policies): a tenant has a few. */
export function useEngagementOptions(enabled = true) {
  return useEngagements({ status: '', page: 0, size: 200, sort: 'name,asc' }, enabled);
}

/** GET /api/engagements/{id}: one engagement with its audit trail. */
export function useEngagement(id: number | null) {
  return useQuery({
    queryKey: marketKeys.engagement(id ?? 0),
    queryFn: () => api.get<Engagement>(`/api/engagements/${id}`),
    enabled: id !== null,
  });
}

/** GET /api/engagements/choices: partners, their accounts and groups, open staffing requests. */
export function useEngagementChoices(enabled = true) {
  return useQuery({
    queryKey: marketKeys.engagementChoices,
    queryFn: () => api.get<EngagementChoices>('/api/engagements/choices'),
    enabled,
  });
}

/** POST /api/engagements, or PUT /api/engagements/{id} with the version read (409 if stale). */
export function useSaveEngagement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: EngagementInput }) =>
      id === null
        ? api.post<Engagement>('/api/engagements', input)
        : api.put<Engagement>(`/api/engagements/${id}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: marketKeys.engagements }),
  });
}

/** POST /api/engagements/{id}/end, saying why. */
export function useEndEngagement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason, version }: { id: number; reason: string; version: number }) =>
      api.post<Engagement>(`/api/engagements/${id}/end`, { reason, version }),
    onSuccess: () => client.invalidateQueries({ queryKey: marketKeys.engagements }),
  });
}
