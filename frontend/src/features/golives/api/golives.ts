import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type {
  GoLive,
  GoLivePage,
  GoLiveStatus,
  GoLiveTerms,
  NewPlanEntry,
  OpenedRequest,
} from '../types';
import { goLiveKeys } from './keys';

export type GoLiveSort = 'startsOn,desc' | 'startsOn,asc';

export interface GoLiveListParams {
  status: GoLiveStatus | '';
  sort: GoLiveSort;
  page: number;
  size: number;
}

/** GET /api/go-lives: one page, without estimate, plan or coverage. */
export function useGoLives(params: GoLiveListParams) {
  return useQuery({
    queryKey: goLiveKeys.list(params),
    queryFn: () => {
      const query = new URLSearchParams({
        sort: params.sort,
        page: String(params.page),
        size: String(params.size),
      });
      if (params.status) query.set('status', params.status);
      return api.get<GoLivePage>(`/api/go-lives?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

/** GET /api/go-lives/{id}: the event with its surge estimate, plan, coverage and audit trail. */
export function useGoLive(id: number) {
  return useQuery({
    queryKey: goLiveKeys.one(id),
    queryFn: () => api.get<GoLive>(`/api/go-lives/${id}`),
  });
}

/** Every change answers with the event as it now is: it replaces the cached one. */
function useGoLiveChange<V>(call: (vars: V) => Promise<GoLive>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (event) => {
      client.setQueryData(goLiveKeys.one(event.id), event);
      void client.invalidateQueries({ queryKey: goLiveKeys.all, refetchType: 'inactive' });
    },
  });
}

/** POST /api/go-lives. */
export function useCreateGoLive() {
  return useGoLiveChange((terms: GoLiveTerms) => api.post<GoLive>('/api/go-lives', terms));
}

/** PUT /api/go-lives/{id}: new terms with the version read (409 when stale or when plan entries
 * would fall outside the new window). */
export function useChangeGoLive() {
  return useGoLiveChange(({ id, terms }: { id: number; terms: GoLiveTerms }) =>
    api.put<GoLive>(`/api/go-lives/${id}`, terms),
  );
}

export type GoLiveStep = 'start' | 'finish' | 'cancel';

/** POST /api/go-lives/{id}/start|finish|cancel with the version read (409 when stale). */
export function useGoLiveStep() {
  return useGoLiveChange(
    ({
      id,
      step,
      reason,
      version,
    }: {
      id: number;
      step: GoLiveStep;
      reason?: string;
      version: number;
    }) => api.post<GoLive>(`/api/go-lives/${id}/${step}`, { reason: reason || null, version }),
  );
}

/** POST /api/go-lives/{id}/plan: someone in the command center. */
export function useAddPlanEntry() {
  return useGoLiveChange(({ id, entry }: { id: number; entry: NewPlanEntry }) =>
    api.post<GoLive>(`/api/go-lives/${id}/plan`, entry),
  );
}

/** DELETE /api/go-lives/{id}/plan/{entryId}. */
export function useRemovePlanEntry() {
  return useGoLiveChange(({ id, entryId }: { id: number; entryId: number }) =>
    api.delete<GoLive>(`/api/go-lives/${id}/plan/${entryId}`),
  );
}

/** POST /api/go-lives/{id}/staffing-request: a GO_LIVE_SURGE request for what is still short. */
export function useOpenStaffingRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<OpenedRequest>(`/api/go-lives/${id}/staffing-request`),
    onSuccess: (_request, id) => {
      void client.invalidateQueries({ queryKey: goLiveKeys.one(id) });
      void client.invalidateQueries({ queryKey: goLiveKeys.all, refetchType: 'inactive' });
      void client.invalidateQueries({ queryKey: ['staffing-requests'] });
    },
  });
}
