import { useEffect, useRef } from 'react';
import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Notification, NotificationPage } from '../types';
import { markedRead } from '../utils/needs-you';
import { useNotifications } from './get-notifications';
import { ticketKeys } from './keys';

export function markNotificationRead(id: number): Promise<void> {
  return api.post<void>(`/api/notifications/${id}/read`);
}

/** All of the caller's notifications, or with a ticket id only those about that ticket. */
export function markAllNotificationsRead(ticketId?: number): Promise<void> {
  return api.post<void>(
    ticketId ? `/api/notifications/read-all?ticketId=${ticketId}` : '/api/notifications/read-all',
  );
}

const READING = ['notifications', 'read'] as const;

/**
 * Marks notifications read in the cache first, so the bell's count drops with the click; puts the
 * page back if the server refuses, and reads it again either way.
 */
function useMarkRead<T>(
  send: (arg: T) => Promise<void>,
  match: (arg: T) => ((item: Notification) => boolean) | 'all',
) {
  const queryClient = useQueryClient();
  const key = ticketKeys.notifications;
  return useMutation({
    mutationKey: READING,
    mutationFn: send,
    onMutate: async (arg: T) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationPage>(key);
      if (previous) {
        queryClient.setQueryData(key, markedRead(previous, match(arg), new Date().toISOString()));
      }
      return { previous };
    },
    onError: (_error, _arg, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** POST /api/notifications/{id}/read. */
export function useMarkNotificationRead() {
  return useMarkRead(markNotificationRead, (id: number) => (item) => item.id === id);
}

/** POST /api/notifications/read-all. */
export function useMarkAllNotificationsRead() {
  return useMarkRead<void>(
    () => markAllNotificationsRead(),
    () => 'all',
  );
}

/**
 * On a ticket's page: what the bell said about this ticket is read now, so its count drops
 * however the ticket was opened (POST /api/notifications/read-all?ticketId=…).
 */
export function useReadNoticesOf(ticketId: number) {
  const notifications = useNotifications({ follow: true });
  const { mutate } = useMarkRead(
    markAllNotificationsRead,
    (id: number) => (item) => item.ticketId === id,
  );
  // The newest unread notice about it; each is tried once, so a refusal does not loop.
  const newest = Math.max(
    0,
    ...(notifications.data?.items ?? [])
      .filter((item) => item.ticketId === ticketId && !item.readAt)
      .map((item) => item.id),
  );
  const tried = useRef(0);
  // A read on its way (the bell's click that opened this page) may already cover them.
  const busy = useIsMutating({ mutationKey: READING }) > 0;
  useEffect(() => {
    if (!busy && newest > tried.current) {
      tried.current = newest;
      mutate(ticketId);
    }
  }, [busy, newest, ticketId, mutate]);
}
