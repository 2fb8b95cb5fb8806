import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type {
  ComparedProposal,
  Comparison,
  Match,
  Page,
  Proposal,
  PublishInput,
  StaffingRequest,
  StaffingRequestInput,
  StaffingStatus,
  WhatIf,
} from '../types';
import { marketKeys } from './keys';

export interface StaffingListParams {
  status: StaffingStatus | '';
  applicationId?: number;
  page: number;
  size: number;
}

/** GET /api/staffing-requests: newest first. */
export function useStaffingRequests(params: StaffingListParams, enabled = true) {
  return useQuery({
    queryKey: marketKeys.staffingRequestList(params),
    queryFn: () => {
      const query = new URLSearchParams({
        page: String(params.page),
        size: String(params.size),
        sort: 'createdAt,desc',
      });
      if (params.status) query.set('status', params.status);
      if (params.applicationId) query.set('applicationId', String(params.applicationId));
      return api.get<Page<StaffingRequest>>(`/api/staffing-requests?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/staffing-requests/{id}: one request with its audit trail. */
export function useStaffingRequest(id: number | null) {
  return useQuery({
    queryKey: marketKeys.staffingRequest(id ?? 0),
    queryFn: () => api.get<StaffingRequest>(`/api/staffing-requests/${id}`),
    enabled: id !== null,
  });
}

export function useCreateStaffingRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: StaffingRequestInput) =>
      api.post<StaffingRequest>('/api/staffing-requests', input),
    onSuccess: () => client.invalidateQueries({ queryKey: marketKeys.staffingRequests }),
  });
}

export function useCancelStaffingRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason, version }: { id: number; reason: string; version: number }) =>
      api.post<StaffingRequest>(`/api/staffing-requests/${id}/cancel`, { reason, version }),
    onSuccess: () => client.invalidateQueries({ queryKey: marketKeys.staffingRequests }),
  });
}

/**
 * POST /api/staffing-requests/{id}/publish: to every partner, or to a shortlist, with the version
 * read (409 if the request changed since).
 */
export function usePublishStaffingRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: PublishInput }) =>
      api.post<StaffingRequest>(`/api/staffing-requests/${id}/publish`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: marketKeys.staffingRequests }),
  });
}

/** GET /api/staffing-requests/{id}/matches: partners ranked by how well they fit, with why. */
export function useMatches(id: number, enabled = true) {
  return useQuery({
    queryKey: marketKeys.matches(id),
    queryFn: () => api.get<{ items: Match[] }>(`/api/staffing-requests/${id}/matches`),
    enabled,
  });
}

/**
 * GET /api/staffing-requests/{id}/comparison: the submitted proposals side by side, each as
 * `{proposal, whatIf}` (the proposal carrying its weekly cost); flattened here so that a column
 * reads one object.
 */
export function useComparison(id: number, enabled = true) {
  return useQuery({
    queryKey: marketKeys.comparison(id),
    queryFn: async (): Promise<Comparison> => {
      const raw = await api.get<{
        request: StaffingRequest;
        proposals: { proposal: Proposal; whatIf: WhatIf }[];
      }>(`/api/staffing-requests/${id}/comparison`);
      return {
        request: raw.request,
        proposals: raw.proposals.map((entry): ComparedProposal => ({
          ...entry.proposal,
          whatIf: entry.whatIf,
        })),
      };
    },
    enabled,
  });
}

/**
 * The requests still looking for people, open or published (a tenant has tens, not thousands),
 * newest first: what the coverage page shows beside a gap instead of offering a second request.
 */
export function useRequestsInFlight() {
  const open = useStaffingRequests({ status: 'OPEN', page: 0, size: 200 });
  const published = useStaffingRequests({ status: 'PUBLISHED', page: 0, size: 200 });
  const data =
    open.data && published.data
      ? [...open.data.items, ...published.data.items].sort((a, b) =>
          b.createdAt.localeCompare(a.createdAt),
        )
      : undefined;
  return { data, isPending: open.isPending || published.isPending };
}
