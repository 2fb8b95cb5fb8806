import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { WatcherList } from '../types';
import { ticketKeys } from './keys';

/** GET /api/tickets/{id}/watchers: who watches, whether the caller does, whom the caller may add. */
export function useWatchers(ticketId: number) {
  return useQuery({
    queryKey: ticketKeys.watchers(ticketId),
    queryFn: () => api.get<WatcherList>(`/api/tickets/${ticketId}/watchers`),
  });
}

/** PUT (watch) or DELETE (stop) /api/tickets/{id}/watchers/{accountId}. */
export function useSetWatcher(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ accountId, watch }: { accountId: number; watch: boolean }) =>
      watch
        ? api.put<WatcherList>(`/api/tickets/${ticketId}/watchers/${accountId}`)
        : api.delete<WatcherList>(`/api/tickets/${ticketId}/watchers/${accountId}`),
    onSuccess: (list) => {
      queryClient.setQueryData(ticketKeys.watchers(ticketId), list);
      return queryClient.invalidateQueries({ queryKey: ticketKeys.audit(ticketId) });
    },
  });
}
