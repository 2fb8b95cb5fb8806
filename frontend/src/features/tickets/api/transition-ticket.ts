import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { TicketView, TransitionRequest } from '../types';
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
