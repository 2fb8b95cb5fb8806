import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { NewTicket, TicketView } from '../types';
import { ticketKeys } from './keys';

export function createTicket(ticket: NewTicket): Promise<TicketView> {
  return api.post<TicketView>('/api/tickets', ticket);
}

/** POST /api/tickets: file a ticket; primes its page and refreshes the lists. */
export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTicket,
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(ticket.id), ticket);
      return queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    },
  });
}
