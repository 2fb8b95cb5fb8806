import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { SupportGroup } from '../types';
import { ticketKeys } from './keys';

export function getSupportGroups(): Promise<SupportGroup[]> {
  return api.get<SupportGroup[]>('/api/support-groups');
}

/** GET /api/support-groups: the groups the caller works with, by tier. */
export function useSupportGroups() {
  return useQuery({
    queryKey: ticketKeys.groups,
    queryFn: getSupportGroups,
    staleTime: 5 * 60_000,
  });
}
