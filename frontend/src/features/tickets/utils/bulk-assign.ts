import { isApiError } from '@/lib/api';
import { describeError } from '@/lib/errors';
import { updateTicket } from '../api/update-ticket';
import type { TicketSummary } from '../types';

export interface BulkResult {
  ticket: TicketSummary;
  outcome: 'assigned' | 'stale' | 'failed';
  message?: string;
}

/**
 * Assigns each ticket with the version it was listed at. A ticket someone changed meanwhile (409)
 * is reported by number and left alone; the others are assigned.
 */
export async function assignAll(
  tickets: readonly TicketSummary[],
  target: { groupId: number; assigneeId: number | null },
): Promise<BulkResult[]> {
  return Promise.all(
    tickets.map(async (ticket): Promise<BulkResult> => {
      try {
        await updateTicket(ticket.id, {
          version: ticket.version,
          groupId: target.groupId,
          ...(target.assigneeId ? { assigneeId: target.assigneeId } : {}),
        });
        return { ticket, outcome: 'assigned' };
      } catch (error) {
        if (isApiError(error) && error.status === 409) {
          return { ticket, outcome: 'stale', message: 'someone changed it meanwhile' };
        }
        const described = describeError(error);
        return {
          ticket,
          outcome: 'failed',
          message: described.detail ?? described.title,
        };
      }
    }),
  );
}
