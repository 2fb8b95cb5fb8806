import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { BulkRequest, BulkSummary } from '../types/links';
import { ticketKeys } from './keys';

export function bulkEdit(request: BulkRequest): Promise<BulkSummary> {
  return api.post<BulkSummary>('/api/tickets/bulk', request);
}

/**
 * POST /api/tickets/bulk: one change to many tickets, each in its own transaction on the server,
 * answered ticket by ticket. The queue reloads afterwards whatever the outcome.
 */
export function useBulkEdit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkEdit,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ticketKeys.all }),
  });
}
