/**
 * The desk's shapes, as backend/src/main/java/org/medley/desk/internal/TicketViews.java writes them.
 * The enumerations come from the API's own document (src/lib/api-types.ts, generated); the lists
 * beside them are the order screens offer them in, and types.test.ts holds each list to its type.
 */
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type TicketStatus = Schemas['TicketStatus'];
export const TICKET_STATUSES = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'PENDING',
  'RESOLVED',
  'CLOSED',
  'CANCELLED',
] as const satisfies readonly TicketStatus[];

/**
 * Open work, as the desk counts it (queues, SLA clocks, the open_work flag). Keyed by the API's
 * enumeration, so a status the backend adds fails the build until it is placed here.
 */
const OPEN: Record<TicketStatus, boolean> = {
  NEW: true,
  ASSIGNED: true,
  IN_PROGRESS: true,
  PENDING: true,
  RESOLVED: false,
  CLOSED: false,
  CANCELLED: false,
};

export function isOpen(status: TicketStatus): boolean {
  return OPEN[status];
}

/** The open statuses, in the order screens list them. */
export const OPEN_STATUSES: TicketStatus[] = TICKET_STATUSES.filter(isOpen);

export type Priority = Schemas['Priority'];
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const satisfies readonly Priority[];

export type Tier = Schemas['Tier'];
export const TIERS = ['L1', 'L2', 'L3', 'VENDOR'] as const satisfies readonly Tier[];

export type TicketType = Schemas['TicketType'];

export type PendingReason = Schemas['PendingReason'];
export const PENDING_REASONS = [
  'CUSTOMER',
  'VENDOR',
  'PARTNER',
  'CHANGE',
] as const satisfies readonly PendingReason[];

export type ResolutionCode = Schemas['ResolutionCode'];
export const RESOLUTION_CODES = [
  'FIXED',
  'WORKAROUND',
  'REQUEST_FULFILLED',
  'NO_FAULT_FOUND',
  'DUPLICATE',
  'USER_ERROR',
  'VENDOR_FIX',
] as const satisfies readonly ResolutionCode[];

export type Visibility = Schemas['TicketController.Visibility'];

export const QUEUES = [
  'MINE',
  'MY_GROUPS',
  'UNASSIGNED',
  'BREACHING_SOON',
  'REQUESTED',
  'ALL',
] as const;
export type Queue = (typeof QUEUES)[number];

export const SORTS = ['CREATED', 'UPDATED', 'PRIORITY', 'SLA_DUE', 'NUMBER', 'STATUS'] as const;
export type Sort = (typeof SORTS)[number];

/**
 * Medley writes every field of an answer, null included (serde `inclusion: ALWAYS`), so a field
 * the document marks optional arrives as null, never missing.
 */
type Sent<T> = Required<T>;

export type TicketSummary = Sent<Schemas['TicketViews.TicketSummary']>;

/** What the caller may do now; screens offer only these. */
export type Permissions = Schemas['TicketViews.Permissions'];

/** A file on a ticket (GET /api/tickets/{id}/attachments). */
export type Attachment = Omit<Schemas['AttachmentDesk.AttachmentView'], 'visibility'> & {
  visibility: Visibility;
};

export type ExternalReference = Schemas['TicketViews.ExternalReference'];

/** The ticket in one partner desk (GET /api/tickets/{id}/sync). */
export type SyncLine = Schemas['EbondingOperations.SyncLine'];

export type TicketView = Sent<Schemas['TicketViews.TicketView']>;

/** Ticket lists count their total exactly up to a bound; past it, `total` is a lower bound. */
export type TicketPage = Omit<Schemas['TicketViews.TicketPage'], 'items'> & {
  items: TicketSummary[];
};

export interface TicketListParams {
  queue: Queue;
  status?: TicketStatus[];
  priority?: Priority[];
  tier?: Tier | null;
  groupId?: number | null;
  applicationId?: number | null;
  assigneeId?: number | null;
  q?: string;
  sort?: Sort;
  order?: 'asc' | 'desc';
  page?: number;
  size?: number;
}

export type NewTicket = Schemas['TicketController.CreateTicket'];

export type TicketPatch = Schemas['TicketController.UpdateTicket'];

export type TransitionRequest = Schemas['TicketController.TransitionRequest'];

export type EscalationRequest = Schemas['TicketController.EscalationRequest'];

export type Comment = Omit<Schemas['TicketViews.CommentView'], 'visibility'> & {
  visibility: Visibility;
};

export type AuditEntry = Sent<Schemas['TicketViews.AuditView']>;

export type SupportGroup = Schemas['TicketViews.GroupView'];

export type GroupMember = Schemas['TicketViews.MemberView'];

export type Notification = Sent<Schemas['Notifications.NotificationView']>;

export type NotificationPage = Omit<Schemas['Notifications.NotificationPage'], 'items'> & {
  items: Notification[];
};

/**
 * GET /api/applications (coverage feature): the catalog, searched by name. The parts the portal
 * shows, so the picker can offer "Other / I don't know" without inventing the rest.
 */
export type Application = Pick<
  Sent<Schemas['Views.ApplicationView']>,
  'id' | 'name' | 'vendor' | 'category' | 'criticality'
> &
  /** Other names people know it by ("Hyperspace"); the search matches them too. */
  Partial<Pick<Schemas['Views.ApplicationView'], 'aliases'>>;

/** One entry of a 400 problem's `errors`. */
export type { FieldError } from '@/lib/field-errors';

/** A group's canned reply as stored, placeholders unexpanded. */
export type CannedReply = Schemas['CannedReplies.CannedReplyView'];

/** A group whose canned replies the caller reads. */
export type CannedReplyGroup = Schemas['CannedReplies.GroupChoice'];

export type CannedReplyList = Schemas['CannedReplies.CannedReplyList'];

/** A canned reply filled in for one ticket, ready for the reply box. */
export type ExpandedReply = Schemas['CannedReplies.ExpandedReply'];

/** A staff account that watches a ticket, or could. */
export type Watcher = Schemas['Watchers.WatcherView'];

export type WatcherList = Schemas['Watchers.WatcherList'];
