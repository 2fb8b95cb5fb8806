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

export interface TicketSummary {
  id: number;
  number: string;
  type: TicketType;
  title: string;
  applicationName: string;
  priority: Priority;
  status: TicketStatus;
  pendingReason: PendingReason | null;
  tier: Tier;
  groupId: number | null;
  groupName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  requesterName: string;
  phi: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  slaDueAt: string | null;
}

/** What the caller may do now; screens offer only these. */
export interface Permissions {
  work: boolean;
  commentInternal: boolean;
  rate: boolean;
  transitions: TicketStatus[];
  /** False: the texts came through the minimum-necessary filter (partner without a BAA). */
  readsPhi: boolean;
  /** Taking the ticket oneself needs a staff record; without one, assign it instead. */
  pickUp: boolean;
}

/** A file on a ticket (GET /api/tickets/{id}/attachments). */
export interface Attachment {
  id: number;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  visibility: Visibility;
  uploadedBy: string;
  createdAt: string;
}

export interface ExternalReference {
  system: string;
  externalId: string;
}

export interface TicketView extends Omit<TicketSummary, 'requesterName'> {
  description: string;
  applicationId: number;
  impact: number;
  urgency: number;
  partnerGroup: boolean;
  requesterId: number;
  requesterName: string;
  affectedUsers: number;
  resolvedAt: string | null;
  closedAt: string | null;
  resolutionCode: ResolutionCode | null;
  resolution: string | null;
  firstResponseAt: string | null;
  reopenCount: number;
  csatRating: number | null;
  externalReferences: ExternalReference[];
  permissions: Permissions;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** Ticket lists count their total exactly up to a bound; past it, `total` is a lower bound. */
export type TicketPage = Page<TicketSummary> & { totalExact: boolean };

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

export interface NewTicket {
  type: TicketType;
  title: string;
  description: string;
  /** Left out when the reporter does not know it: the service desk triages the ticket. */
  applicationId?: number;
  impact: number;
  urgency: number;
  phi: boolean;
  affectedUsers?: number;
}

export interface TicketPatch {
  version: number;
  title?: string;
  description?: string;
  impact?: number;
  urgency?: number;
  /** Hospital staff only (403 for partners); clearing it takes phiReason. */
  phi?: boolean;
  phiReason?: string;
  type?: TicketType;
  groupId?: number;
  assigneeId?: number;
  unassign?: boolean;
  /** Required with a new impact or urgency; the audit keeps it. */
  reason?: string;
}

export interface TransitionRequest {
  to: TicketStatus;
  reason?: string;
  resolutionCode?: ResolutionCode;
  resolution?: string;
  version?: number;
}

export interface EscalationRequest {
  reason: string;
  groupId?: number;
  version?: number;
}

export interface Comment {
  id: number;
  authorName: string;
  visibility: Visibility;
  body: string;
  createdAt: string;
}

export interface AuditEntry {
  id: number;
  actorName: string;
  at: string;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  note: string | null;
}

export interface SupportGroup {
  id: number;
  name: string;
  tier: Tier;
  partner: boolean;
  autoAssign: boolean;
}

export interface GroupMember {
  staffId: number;
  name: string;
  openTickets: number;
}

export interface Notification {
  id: number;
  ticketId: number | null;
  kind: string;
  message: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: Notification[];
  unread: number;
}

/** GET /api/applications (coverage feature): the catalog, searched by name. */
export interface Application {
  id: number;
  name: string;
  vendor: string;
  category: string;
  criticality: number;
  /** Other names people know it by ("Hyperspace"); the search matches them too. */
  aliases?: string[];
}

/** One entry of a 400 problem's `errors`. */
export type { FieldError } from '@/lib/field-errors';

/** A group's canned reply as stored, placeholders unexpanded (desk/internal/CannedReplies.java). */
export interface CannedReply {
  id: number;
  groupId: number;
  title: string;
  body: string;
  version: number;
  updatedBy: string;
  updatedAt: string;
}

/** A group whose canned replies the caller reads. */
export interface CannedReplyGroup {
  id: number;
  name: string;
  canManage: boolean;
}

export interface CannedReplyList {
  items: CannedReply[];
  /** The caller leads the group or is an administrator. */
  canManage: boolean;
  /** The placeholder names a body may use, e.g. "ticket.number". */
  placeholders: string[];
}

/** A canned reply filled in for one ticket, ready for the reply box. */
export interface ExpandedReply {
  id: number;
  groupId: number;
  groupName: string;
  title: string;
  text: string;
}

/** A staff account that watches a ticket, or could (desk/internal/Watchers.java). */
export interface Watcher {
  accountId: number;
  name: string;
  organization: string;
  since: string;
}

export interface WatcherList {
  items: Watcher[];
  /** The caller watches this ticket. */
  watching: boolean;
  /** The caller may add others (works the ticket). */
  canAdd: boolean;
  candidates: { accountId: number; name: string; organization: string }[];
  /** The caller's own account, to watch or stop watching. */
  callerAccountId: number;
}
