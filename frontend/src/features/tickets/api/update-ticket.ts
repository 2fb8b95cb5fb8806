import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { TicketPatch, TicketView } from '../types';
import { ticketChanged } from './ticket-changed';

export function updateTicket(id: number, patch: TicketPatch): Promise<TicketView> {
  return api.patch<TicketView>(`/api/tickets/${id}`, patch);
}

/** PATCH /api/tickets/{id}: fields, group, assignee; 409 when the version is stale. */
export function useUpdateTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: TicketPatch) => updateTicket(id, patch),
    onSuccess: (ticket) => ticketChanged(queryClient, ticket),
  });
}
