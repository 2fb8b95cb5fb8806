import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { PolicyPage } from '../types';
import { slaKeys } from './keys';

/** GET /api/sla/policies: a tenant has a handful, so one page of 200 is all of them. */
export function useSlaPolicies() {
  return useQuery({
    queryKey: slaKeys.policies(),
    queryFn: () => api.get<PolicyPage>('/api/sla/policies?page=0&size=200'),
  });
}
