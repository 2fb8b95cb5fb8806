import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Compliance, ComplianceGroupBy } from '../types';
import { slaKeys } from './keys';

export interface ComplianceQuery {
  /** The end of the range, an instant (the screen fixes it when it opens). */
  to: string;
  days: number;
  period: 'day' | 'week' | 'month';
  groupBy: ComplianceGroupBy;
}

/** GET /api/sla/compliance over the `days` days before `to`, in the hospital's own zone. */
export function useCompliance({ to, days, period, groupBy }: ComplianceQuery) {
  const from = new Date(new Date(to).getTime() - days * 86_400_000);
  const query = new URLSearchParams({
    from: from.toISOString(),
    to,
    period,
    groupBy,
  }).toString();
  return useQuery({
    queryKey: slaKeys.compliance(query),
    queryFn: () => api.get<Compliance>(`/api/sla/compliance?${query}`),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
