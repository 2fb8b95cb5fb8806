import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { TicketView } from '../types';
import { ticketChanged } from './ticket-changed';

export function rateTicket(
  id: number,
  rating: { rating: number; comment?: string },
): Promise<TicketView> {
  return api.post<TicketView>(`/api/tickets/${id}/rating`, rating);
}

/** POST /api/tickets/{id}/rating: the requester's 1–5 satisfaction with the fix. */
export function useRateTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rating: { rating: number; comment?: string }) => rateTicket(id, rating),
    onSuccess: (ticket) => ticketChanged(queryClient, ticket),
  });
}
