import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Agreement, AgreementsOverview, RecordAgreementRequest } from '../types';
import { complianceKeys } from './keys';

const BASE = '/api/business-associate-agreements';

/** GET /api/business-associate-agreements: every partner with its current agreement, and the history. */
export function useAgreements() {
  return useQuery({
    queryKey: complianceKeys.agreements,
    queryFn: () => api.get<AgreementsOverview>(BASE),
  });
}

/** POST /api/business-associate-agreements (administrators). */
export function useRecordAgreement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: RecordAgreementRequest) => api.post<Agreement>(BASE, request),
    onSuccess: () => client.invalidateQueries({ queryKey: complianceKeys.agreements }),
  });
}

/** POST /api/business-associate-agreements/{id}/end: the agreement's last day. */
export function useEndAgreement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, effectiveUntil }: { id: number; effectiveUntil: string }) =>
      api.post<Agreement>(`${BASE}/${id}/end`, { effectiveUntil }),
    onSuccess: () => client.invalidateQueries({ queryKey: complianceKeys.agreements }),
  });
}
