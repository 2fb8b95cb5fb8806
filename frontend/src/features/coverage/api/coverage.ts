import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type {
  ApplicationDetail,
  CoverageStatus,
  Gap,
  Matrix,
  Page,
  PersonDetail,
  WhatIfRequest,
  WhatIfResult,
} from '../types';
import { coverageKeys } from './keys';

/** GET /api/coverage/matrix: every application, person and skill cell of the tenant. */
export function useMatrix() {
  return useQuery({
    queryKey: coverageKeys.matrix(),
    queryFn: () => api.get<Matrix>('/api/coverage/matrix'),
    staleTime: 30_000,
  });
}

export interface GapParams {
  status: CoverageStatus | '';
  page: number;
  size: number;
}

export function useGaps(params: GapParams) {
  return useQuery({
    queryKey: coverageKeys.gaps(params),
    queryFn: () => {
      const query = new URLSearchParams({ page: String(params.page), size: String(params.size) });
      if (params.status) query.set('status', params.status);
      return api.get<Page<Gap>>(`/api/coverage/gaps?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

export function useApplicationCoverage(id: number | null) {
  return useQuery({
    queryKey: coverageKeys.application(id ?? 0),
    queryFn: () => api.get<ApplicationDetail>(`/api/coverage/applications/${id}`),
    enabled: id !== null,
  });
}

export function usePersonCoverage(id: number | null) {
  return useQuery({
    queryKey: coverageKeys.person(id ?? 0),
    queryFn: () => api.get<PersonDetail>(`/api/coverage/staff/${id}`),
    enabled: id !== null,
  });
}

/** POST /api/coverage/what-if: the matrix recomputed with people removed or added; nothing saved. */
export function useWhatIf() {
  return useMutation({
    mutationFn: (request: WhatIfRequest) =>
      api.post<WhatIfResult>('/api/coverage/what-if', request),
  });
}
