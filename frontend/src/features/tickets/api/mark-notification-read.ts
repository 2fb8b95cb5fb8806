import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { ticketKeys } from './keys';

export function markNotificationRead(id: number): Promise<void> {
  return api.post<void>(`/api/notifications/${id}/read`);
}

/** POST /api/notifications/{id}/read. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketKeys.notifications }),
  });
}
