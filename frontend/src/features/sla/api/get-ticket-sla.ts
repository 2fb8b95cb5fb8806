import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api';
import type { BreachingSoon, TicketSla } from '../types';
import { slaKeys } from './keys';

/**
 * GET /api/tickets/{id}/sla, refreshed every minute (the countdown itself ticks locally). A 404
 * means the ticket has no timers the caller may see: the hook answers null, not an error.
 */
export function useTicketSla(ticketId: number | null) {
  return useQuery({
    queryKey: slaKeys.ticket(ticketId ?? -1),
    queryFn: async (): Promise<TicketSla | null> => {
      try {
        return await api.get<TicketSla>(`/api/tickets/${ticketId}/sla`);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled: ticketId !== null,
    refetchInterval: 60_000,
  });
}

/** GET /api/sla/breaching-soon: running timers due within `within` (ISO-8601), soonest first. */
export function useBreachingSoon(groupId: number | null, within = 'PT2H') {
  return useQuery({
    queryKey: slaKeys.breachingSoon(groupId, within),
    queryFn: () => {
      const query = new URLSearchParams({ within });
      if (groupId !== null) query.set('groupId', String(groupId));
      return api.get<BreachingSoon>(`/api/sla/breaching-soon?${query.toString()}`);
    },
    refetchInterval: 60_000,
  });
}
