import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { NotificationPage } from '../types';
import { ticketKeys } from './keys';

export function getNotifications(limit = 20): Promise<NotificationPage> {
  return api.get<NotificationPage>(`/api/notifications?limit=${limit}`);
}

/**
 * GET /api/notifications: the latest ones and the unread count, refreshed every minute. Readers
 * beside the bell pass {@code follow}: they read its page without fetching again on mount, where a
 * fetch could overtake a read on its way and bring the count back for a moment.
 */
export function useNotifications({ follow = false }: { follow?: boolean } = {}) {
  return useQuery({
    queryKey: ticketKeys.notifications,
    queryFn: () => getNotifications(20),
    refetchInterval: follow ? false : 60_000,
    refetchOnMount: !follow,
    retry: false,
  });
}
