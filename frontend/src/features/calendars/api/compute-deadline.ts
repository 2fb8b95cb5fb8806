import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { DeadlineRequest, DeadlineResponse } from '../types';
import { calendarKeys } from './keys';

export function computeDeadline(id: number, request: DeadlineRequest): Promise<DeadlineResponse> {
  return api.post<DeadlineResponse>(`/api/calendars/${id}/deadline`, request);
}

/** The backend's answer with the question it answers, so a kept answer never shows a new question. */
export interface DeadlineAnswer extends DeadlineResponse {
  request: DeadlineRequest;
}

/**
 * POST /api/calendars/{id}/deadline: when a target of `duration` business time, started at
 * `start`, falls due. A pure calculation, so it is cached like a query; the previous answer stays
 * on screen while the next one loads.
 */
export function useDeadline(id: number, request: DeadlineRequest | null) {
  return useQuery({
    queryKey: calendarKeys.deadline(id, request ?? { start: '', duration: '' }),
    queryFn: async (): Promise<DeadlineAnswer> => {
      const asked = request as DeadlineRequest;
      return { ...(await computeDeadline(id, asked)), request: asked };
    },
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
