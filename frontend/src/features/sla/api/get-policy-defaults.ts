import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { PolicyDefaults } from '../types';
import { slaKeys } from './keys';

/**
 * GET /api/sla/policy-defaults: what a policy or an OLA gets for a term it leaves out, the
 * backend's own rule, which a new policy's form starts from. Fixed while the server runs.
 */
export function usePolicyDefaults(enabled = true) {
  return useQuery({
    queryKey: slaKeys.defaults(),
    queryFn: () => api.get<PolicyDefaults>('/api/sla/policy-defaults'),
    enabled,
    staleTime: Infinity,
  });
}
