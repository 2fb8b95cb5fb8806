import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { EscalationRequest, TicketView } from '../types';
import { ticketChanged } from './ticket-changed';

export function escalateTicket(id: number, request: EscalationRequest): Promise<TicketView> {
  return api.post<TicketView>(`/api/tickets/${id}/escalations`, request);
}

/** POST /api/tickets/{id}/escalations: one tier up, with a reason. */
export function useEscalateTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EscalationRequest) => escalateTicket(id, request),
    onSuccess: (ticket) => ticketChanged(queryClient, ticket),
  });
}
