import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { TicketView } from '../types';
import { ticketKeys } from './keys';

export function getTicket(id: number): Promise<TicketView> {
  return api.get<TicketView>(`/api/tickets/${id}`);
}

/** GET /api/tickets/{id}: the ticket with what the caller may do to it. */
export function useTicket(id: number) {
  return useQuery({ queryKey: ticketKeys.detail(id), queryFn: () => getTicket(id) });
}
