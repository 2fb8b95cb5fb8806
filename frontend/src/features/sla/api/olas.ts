import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Ola, OlaInput } from '../types';
import { slaKeys } from './keys';

/** GET /api/sla/olas: one per partner organisation, a handful per tenant. */
export function useOlas() {
  return useQuery({
    queryKey: slaKeys.olas(),
    queryFn: async () => (await api.get<{ items: Ola[] }>('/api/sla/olas')).items,
  });
}

/** PUT /api/sla/olas/{id} with the version read (409 if someone changed it meanwhile). */
export function useSaveOla() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: OlaInput }) =>
      api.put<Ola>(`/api/sla/olas/${id}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: slaKeys.olas() }),
  });
}
