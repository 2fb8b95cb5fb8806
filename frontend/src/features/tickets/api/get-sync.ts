import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { SyncLine } from '../types';
import { ticketKeys } from './keys';

export function getTicketSync(id: number): Promise<SyncLine[]> {
  return api.get<SyncLine[]>(`/api/tickets/${id}/sync`);
}

/**
 * GET /api/tickets/{id}/sync: the ticket in each partner desk that holds it. Re-read every 15 s, as
 * deliveries land in the background.
 */
export function useTicketSync(id: number) {
  return useQuery({
    queryKey: ticketKeys.sync(id),
    queryFn: () => getTicketSync(id),
    refetchInterval: 15_000,
  });
}
