import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { NotificationPage } from '../types';
import { ticketKeys } from './keys';

export function getNotifications(limit = 20): Promise<NotificationPage> {
  return api.get<NotificationPage>(`/api/notifications?limit=${limit}`);
}

/** GET /api/notifications: the latest ones and the unread count, refreshed every minute. */
export function useNotifications() {
  return useQuery({
    queryKey: ticketKeys.notifications,
    queryFn: () => getNotifications(20),
    refetchInterval: 60_000,
    retry: false,
  });
}
