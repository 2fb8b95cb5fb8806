import { useQuery } from '@tanstack/react-query';
import type { TicketListParams } from '../types';
import { needsRequester } from '../utils/needs-you';
import { getTickets } from './get-tickets';
import { ticketKeys } from './keys';

/** The requester's tickets that may wait on her; needsRequester() picks them as My tickets does. */
const WAITING: TicketListParams = {
  queue: 'REQUESTED',
  status: ['PENDING', 'RESOLVED'],
  sort: 'UPDATED',
  order: 'desc',
  size: 10,
};

/**
 * GET /api/tickets?queue=REQUESTED: the signed-in requester's tickets waiting on her, refreshed
 * with the bell. A ticket list key, so whatever refreshes her ticket lists refreshes this too.
 */
export function useWaitingTickets(enabled: boolean) {
  return useQuery({
    queryKey: ticketKeys.list(WAITING),
    queryFn: () => getTickets(WAITING),
    select: (page) => page.items.filter(needsRequester),
    enabled,
    refetchInterval: 60_000,
    retry: false,
  });
}
