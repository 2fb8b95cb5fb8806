import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { TicketSummary, TicketView, TransitionRequest } from '../types';
import { ticketKeys } from './keys';
import { ticketChanged } from './ticket-changed';

export function transitionTicket(id: number, request: TransitionRequest): Promise<TicketView> {
  return api.post<TicketView>(`/api/tickets/${id}/transitions`, request);
}

/** POST /api/tickets/{id}/transitions: pick up, pend, resolve, confirm, reopen, cancel. */
export function useTransitionTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TransitionRequest) => transitionTicket(id, request),
    onSuccess: (ticket) => ticketChanged(queryClient, ticket),
  });
}

/**
 * The queue's "a": picks up the ticket under the cursor, at the version listed. Every ticket list
 * reloads afterwards, whatever the outcome; the answer does not wait for them.
 */
export function usePickUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: Pick<TicketSummary, 'id' | 'version'>) =>
      transitionTicket(id, { to: 'IN_PROGRESS', version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ticketKeys.all }),
  });
}
