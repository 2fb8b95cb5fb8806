import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Page, StaffingRequest, StaffingRequestInput, StaffingStatus } from '../types';
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
