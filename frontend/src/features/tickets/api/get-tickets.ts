import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Queue, TicketListParams, TicketPage, TicketStatus } from '../types';
import type { Total } from '../utils/totals';
import { ticketKeys } from './keys';

/** The query string of GET /api/tickets; empty filters are left out. */
export function ticketListQuery(params: TicketListParams): string {
  const query = new URLSearchParams({ queue: params.queue });
  if (params.status?.length) query.set('status', params.status.join(','));
  if (params.priority?.length) query.set('priority', params.priority.join(','));
  if (params.tier) query.set('tier', params.tier);
  if (params.groupId) query.set('groupId', String(params.groupId));
  if (params.applicationId) query.set('applicationId', String(params.applicationId));
  if (params.assigneeId) query.set('assigneeId', String(params.assigneeId));
  if (params.q?.trim()) query.set('q', params.q.trim());
  if (params.sort) query.set('sort', params.sort);
  if (params.order) query.set('order', params.order);
  query.set('page', String(params.page ?? 0));
  query.set('size', String(params.size ?? 25));
  return query.toString();
}

export function getTickets(params: TicketListParams): Promise<TicketPage> {
  return api.get<TicketPage>(`/api/tickets?${ticketListQuery(params)}`);
}

/** GET /api/tickets: one page of a queue. Keeps the last page while the next loads. */
export function useTickets(params: TicketListParams, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: ticketKeys.list(params),
    queryFn: () => getTickets(params),
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval,
  });
}

/**
 * GET /api/tickets with size 1 per queue: how many tickets each queue tab holds, with the same
 * filters as the table so the counts match what a click shows.
 */
export function useQueueCounts(
  queues: readonly Queue[],
  filters: Omit<TicketListParams, 'queue'>,
  /** The statuses a working queue counts when no status filter is set (all for ALL). */
  openStatuses: TicketStatus[] = [],
) {
  const results = useQueries({
    queries: queues.map((queue) => {
      const status = filters.status?.length || queue === 'ALL' ? filters.status : openStatuses;
      const params: TicketListParams = {
        ...filters,
        status,
        queue,
        page: 0,
        size: 1,
        sort: undefined,
      };
      return {
        queryKey: ticketKeys.list(params),
        queryFn: () => getTickets(params),
        placeholderData: keepPreviousData,
      };
    }),
  });
  return Object.fromEntries(queues.map((queue, index) => [queue, results[index]?.data])) as Record<
    Queue,
    Total | undefined
  >;
}
