import type { TicketSummary } from '../types';
import type { BulkAction, BulkRequest, BulkSummary } from '../types/links';

export interface BulkTarget {
  groupId?: number | null;
  assigneeId?: number | null;
  duplicateOf?: number | null;
}

/**
 * The request for one bulk change. Each ticket carries the version it was listed at, so one
 * someone changed meanwhile comes back STALE instead of being overwritten. For "resolve as
 * duplicate" the original stays open and is left out of the tickets changed.
 */
export function bulkRequest(
  tickets: readonly TicketSummary[],
  action: BulkAction,
  target: BulkTarget,
): BulkRequest {
  const changed = tickets.filter(
    (ticket) => action !== 'RESOLVE_DUPLICATE' || ticket.id !== target.duplicateOf,
  );
  return {
    action,
    ticketIds: changed.map((ticket) => ticket.id),
    versions: Object.fromEntries(changed.map((ticket) => [String(ticket.id), ticket.version])),
    ...(target.groupId ? { groupId: target.groupId } : {}),
    ...(target.assigneeId ? { assigneeId: target.assigneeId } : {}),
    ...(action === 'RESOLVE_DUPLICATE' && target.duplicateOf
      ? { duplicateOf: target.duplicateOf }
      : {}),
  };
}

export interface BulkReport {
  done: string[];
  problems: { ticketId: number; number: string; message: string }[];
}

/** The server's per-ticket answer in words, by the numbers the agent selected. */
export function bulkReport(summary: BulkSummary, tickets: readonly TicketSummary[]): BulkReport {
  const numberOf = new Map(tickets.map((ticket) => [ticket.id, ticket.number]));
  const report: BulkReport = { done: [], problems: [] };
  for (const result of summary.results) {
    const number = numberOf.get(result.ticketId) ?? result.number ?? `#${result.ticketId}`;
    switch (result.outcome) {
      case 'DONE':
        report.done.push(number);
        break;
      case 'STALE':
        report.problems.push({
          ticketId: result.ticketId,
          number,
          message: 'someone changed it meanwhile; open it to see what changed',
        });
        break;
      case 'NOT_FOUND':
        report.problems.push({
          ticketId: result.ticketId,
          number,
          message: 'no longer visible to you',
        });
        break;
      case 'REFUSED':
        report.problems.push({
          ticketId: result.ticketId,
          number,
          message: result.reason ?? 'refused',
        });
        break;
    }
  }
  return report;
}

export const BULK_COPY: Record<
  BulkAction,
  { button: string; title: (count: number) => string; verb: string; failed: string }
> = {
  ASSIGN: {
    button: 'Assign…',
    title: (count) => `Assign ${count} ${count === 1 ? 'ticket' : 'tickets'}`,
    verb: 'Assigned',
    failed: 'not assigned',
  },
  CHANGE_GROUP: {
    button: 'Move to group…',
    title: (count) => `Move ${count} ${count === 1 ? 'ticket' : 'tickets'} to another group`,
    verb: 'Moved',
    failed: 'not moved',
  },
  RESOLVE_DUPLICATE: {
    button: 'Resolve as duplicate…',
    title: (count) => `Resolve duplicates among ${count} tickets`,
    verb: 'Resolved as duplicates',
    failed: 'not resolved',
  },
};
