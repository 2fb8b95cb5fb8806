import type { Notification, NotificationPage, TicketSummary } from '../types';

/**
 * Whether a ticket waits on its requester: on hold for her answer (PENDING, reason CUSTOMER), or
 * resolved and waiting for her to confirm the fix. One rule for the portal's "Needs you" badge and
 * the bell's "Waiting for you" list, so the two never disagree.
 */
export function needsRequester(ticket: Pick<TicketSummary, 'status' | 'pendingReason'>): boolean {
  return (
    ticket.status === 'RESOLVED' ||
    (ticket.status === 'PENDING' && ticket.pendingReason === 'CUSTOMER')
  );
}

/** What the requester is asked to do, in her words. */
export function requesterTask(ticket: Pick<TicketSummary, 'status'>): string {
  return ticket.status === 'RESOLVED'
    ? 'Confirm the fix, or reopen it'
    : 'The service desk is waiting for your answer';
}

/**
 * The page as it reads once the notifications that match are read ('all': every one, also those
 * beyond the listed page): what the bell shows at once, before the server confirms.
 */
export function markedRead(
  page: NotificationPage,
  match: ((item: Notification) => boolean) | 'all',
  at: string,
): NotificationPage {
  let cleared = 0;
  const items = page.items.map((item): Notification => {
    if (item.readAt || (match !== 'all' && !match(item))) return item;
    cleared++;
    return { ...item, readAt: at };
  });
  const unread = match === 'all' ? 0 : Math.max(0, page.unread - cleared);
  return { items, unread };
}
