import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { ExternalReference } from '../types';
import { ticketKeys } from './keys';

/** PUT /api/tickets/{id}/external-references/{system}: the ticket's id in a partner or vendor system. */
export function putReference(
  id: number,
  system: string,
  externalId: string,
): Promise<ExternalReference[]> {
  return api.put<ExternalReference[]>(
    `/api/tickets/${id}/external-references/${encodeURIComponent(system)}`,
    { externalId },
  );
}

export function removeReference(id: number, system: string): Promise<void> {
  return api.delete<void>(`/api/tickets/${id}/external-references/${encodeURIComponent(system)}`);
}

function useRefresh(id: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: ticketKeys.audit(id) }),
    ]);
}

export function usePutReference(id: number) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ system, externalId }: { system: string; externalId: string }) =>
      putReference(id, system, externalId),
    onSuccess: refresh,
  });
}

export function useRemoveReference(id: number) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (system: string) => removeReference(id, system),
    onSuccess: refresh,
  });
}
