import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { TicketSummary, TicketView } from '../types';
import { getTickets } from './get-tickets';
import type { LinkType, TicketLink } from '../types/links';
import { ticketKeys } from './keys';
import { ticketChanged } from './ticket-changed';

export function getLinks(id: number): Promise<TicketLink[]> {
  return api.get<TicketLink[]>(`/api/tickets/${id}/links`);
}

/** GET /api/tickets/{id}/links: both directions, read from this ticket. */
export function useTicketLinks(id: number) {
  return useQuery({ queryKey: ticketKeys.linksOf(id), queryFn: () => getLinks(id) });
}

export interface NewLink {
  type: LinkType;
  number: string;
}

/** POST /api/tickets/{id}/links, naming the other ticket by its number. */
export function useLinkTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (link: NewLink) =>
      api.post<TicketLink>(`/api/tickets/${id}/links`, {
        type: link.type,
        number: normalizeNumber(link.number),
      }),
    onSuccess: (link) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.linksOf(id) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.linksOf(link.ticket.id) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.audit(id) }),
      ]),
  });
}

/** DELETE /api/tickets/{id}/links/{linkId}. */
export function useUnlinkTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: number) => api.delete<void>(`/api/tickets/${id}/links/${linkId}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.links }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.audit(id) }),
      ]),
  });
}

/** POST /api/tickets/{id}/merge: resolves this ticket as a duplicate of `into`. */
export function useMergeTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (merge: { into: number; version: number }) =>
      api.post<TicketView>(`/api/tickets/${id}/merge`, merge),
    onSuccess: (ticket, merge) =>
      Promise.all([
        ticketChanged(queryClient, ticket),
        queryClient.invalidateQueries({ queryKey: ticketKeys.links }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.comments(merge.into) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.audit(merge.into) }),
      ]),
  });
}

/** Normalises what an agent types ("inc-42", " INC-000042 ") to the number's own spelling. */
export function normalizeNumber(text: string): string {
  const match = /^\s*(INC|REQ)-?(\d+)\s*$/i.exec(text);
  if (!match) return text.trim().toUpperCase();
  return `${match[1]!.toUpperCase()}-${match[2]!.padStart(6, '0')}`;
}

/** The ticket with this number among those the caller may see, or null. */
export async function findByNumber(text: string): Promise<TicketSummary | null> {
  const number = normalizeNumber(text);
  const page = await getTickets({ queue: 'ALL', q: number, page: 0, size: 5 });
  return page.items.find((ticket) => ticket.number === number) ?? null;
}
