/** Links, merges and bulk edits, as backend/src/main/java/org/medley/desk/internal/TicketLinks.java and TicketBulk.java write them. */
import type { Priority, TicketStatus } from './index';

export const LINK_TYPES = ['DUPLICATE_OF', 'CAUSED_BY', 'RELATED_TO'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** A link as the ticket on screen sees it: A "duplicate of" B shows on B as "duplicated by" A. */
export type LinkRelation = 'DUPLICATE_OF' | 'DUPLICATED_BY' | 'CAUSED_BY' | 'CAUSES' | 'RELATED_TO';

export interface TicketLink {
  id: number;
  type: LinkType;
  relation: LinkRelation;
  ticket: {
    id: number;
    number: string;
    title: string;
    status: TicketStatus;
    priority: Priority;
  };
  createdBy: string;
  createdAt: string;
}

export type BulkAction = 'ASSIGN' | 'CHANGE_GROUP' | 'RESOLVE_DUPLICATE';

export interface BulkRequest {
  ticketIds: number[];
  action: BulkAction;
  groupId?: number;
  assigneeId?: number;
  duplicateOf?: number;
  /** The version each ticket was listed at, by ticket id. */
  versions?: Record<string, number>;
}

export type BulkOutcome = 'DONE' | 'STALE' | 'REFUSED' | 'NOT_FOUND';

export interface BulkResult {
  ticketId: number;
  outcome: BulkOutcome;
  number: string | null;
  version: number | null;
  reason: string | null;
}

export interface BulkSummary {
  done: number;
  failed: number;
  results: BulkResult[];
}
