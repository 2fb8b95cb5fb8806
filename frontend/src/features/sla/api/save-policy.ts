import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { PolicyInput, SlaPolicy } from '../types';
import { slaKeys } from './keys';

/** POST /api/sla/policies, or PUT /api/sla/policies/{id} with the version read (409 if stale). */
export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: PolicyInput }) =>
      id === null
        ? api.post<SlaPolicy>('/api/sla/policies', input)
        : api.put<SlaPolicy>(`/api/sla/policies/${id}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: slaKeys.policies() }),
  });
}
