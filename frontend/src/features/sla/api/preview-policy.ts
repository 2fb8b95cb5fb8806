import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Preview, PreviewRequest } from '../types';
import { slaKeys } from './keys';

/**
 * POST /api/sla/policies/preview: when a ticket opened at `start` (now when absent) would be due
 * under these targets. The previous answer stays while the next loads.
 */
export function usePolicyPreview(request: PreviewRequest | null) {
  return useQuery({
    queryKey: slaKeys.preview(request ?? { calendarId: -1, response: '', resolution: '' }),
    queryFn: () => api.post<Preview>('/api/sla/policies/preview', request),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
