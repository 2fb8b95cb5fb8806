import type { QueryClient } from '@tanstack/react-query';
import type { TicketView } from '../types';
import { ticketKeys } from './keys';

/** After a write: the answer is the ticket as it now stands; lists, audit and comments follow. */
export function ticketChanged(queryClient: QueryClient, ticket: TicketView) {
  queryClient.setQueryData(ticketKeys.detail(ticket.id), ticket);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: ticketKeys.audit(ticket.id) }),
    queryClient.invalidateQueries({ queryKey: ticketKeys.comments(ticket.id) }),
  ]);
}
