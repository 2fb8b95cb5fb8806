import type {
  PendingReason,
  Priority,
  ResolutionCode,
  TicketStatus,
  TicketType,
  Tier,
} from '../types';

/**
 * What the requester is asked, in plain words, and the ITIL value it stands for. Impact is how
 * widely the problem reaches; urgency is how soon it hurts patient care or work.
 */
export const IMPACT_CHOICES = [
  {
    value: 3,
    label: 'Just me',
    description: 'Only I am affected',
  },
  {
    value: 2,
    label: 'My team or unit',
    description: 'Several colleagues, one department or unit',
  },
  {
    value: 1,
    label: 'Many people or the whole site',
    description: 'Several departments, a whole hospital, or patients directly',
  },
] as const;

export const URGENCY_CHOICES = [
  {
    value: 3,
    label: 'It can wait',
    description: 'I can keep working normally, or it is a request for later',
  },
  {
    value: 2,
    label: 'It slows us down',
    description: 'There is a workaround, but work is slower or harder',
  },
  {
    value: 1,
    label: 'Work or patient care is stopped',
    description: 'No workaround: care is delayed or cannot be given',
  },
] as const;

/** A typical number of people behind each impact choice, sent as affectedUsers. */
export function affectedUsersFor(impact: number): number {
  return impact === 1 ? 50 : impact === 2 ? 5 : 1;
}

/** The ITIL priority matrix (DESIGN.md): impact 1–3 × urgency 1–3 → P1–P4. */
export function priorityOf(impact: number, urgency: number): Priority {
  const sum = impact + urgency;
  if (sum <= 2) return 'P1';
  if (sum === 3) return 'P2';
  if (sum === 4) return 'P3';
  return 'P4';
}

/** Status as the requester reads it. */
export const STATUS_FOR_REQUESTER: Record<TicketStatus, string> = {
  NEW: 'Received',
  ASSIGNED: 'Someone is assigned',
  IN_PROGRESS: 'Being worked on',
  PENDING: 'Waiting',
  RESOLVED: 'Fixed — please confirm',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

/** Status as the desk reads it. */
export const STATUS_LABEL: Record<TicketStatus, string> = {
  NEW: 'New',
  ASSIGNED: 'Assigned',
  IN_PROGRESS: 'In progress',
  PENDING: 'Pending',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

export const STATUS_COLOR: Record<TicketStatus, string> = {
  NEW: 'blue',
  ASSIGNED: 'indigo',
  IN_PROGRESS: 'cyan',
  PENDING: 'yellow',
  RESOLVED: 'teal',
  CLOSED: 'gray',
  CANCELLED: 'gray',
};

export const PRIORITY_COLOR: Record<Priority, string> = {
  P1: 'red',
  P2: 'orange',
  P3: 'blue',
  P4: 'gray',
};

export const PRIORITY_LABEL: Record<Priority, string> = {
  P1: 'P1 · Critical',
  P2: 'P2 · High',
  P3: 'P3 · Moderate',
  P4: 'P4 · Low',
};

export const TIER_LABEL: Record<Tier, string> = {
  L1: 'L1 · Service desk',
  L2: 'L2 · Application / desktop',
  L3: 'L3 · Engineering',
  VENDOR: 'Vendor',
};

export const PENDING_LABEL: Record<PendingReason, string> = {
  CUSTOMER: 'Waiting for the requester',
  VENDOR: 'Waiting for the vendor',
  PARTNER: 'Waiting for a partner',
  CHANGE: 'Waiting for a planned change',
};

/** What a requester reads while their ticket waits. */
export const PENDING_FOR_REQUESTER: Record<PendingReason, string> = {
  CUSTOMER: 'Waiting for your answer',
  VENDOR: 'Waiting for the software vendor',
  PARTNER: 'Waiting for a support partner',
  CHANGE: 'Waiting for a planned change',
};

export const RESOLUTION_LABEL: Record<ResolutionCode, string> = {
  FIXED: 'Fixed',
  WORKAROUND: 'Workaround given',
  REQUEST_FULFILLED: 'Request fulfilled',
  NO_FAULT_FOUND: 'No fault found',
  DUPLICATE: 'Duplicate of another ticket',
  USER_ERROR: 'Explained how to use it',
  VENDOR_FIX: 'Fixed by the vendor',
};

/** How a requester reads the ticket type. */
export const TYPE_LABEL: Record<TicketType, string> = {
  INCIDENT: 'Problem',
  SERVICE_REQUEST: 'Request',
};

/** The desk's own words: an ITIL "problem" is a different record, so agents read "Incident". */
export const DESK_TYPE_LABEL: Record<TicketType, string> = {
  INCIDENT: 'Incident',
  SERVICE_REQUEST: 'Service request',
};

export function requesterStatus(status: TicketStatus, pending: PendingReason | null): string {
  if (status === 'PENDING' && pending) return PENDING_FOR_REQUESTER[pending];
  return STATUS_FOR_REQUESTER[status];
}
