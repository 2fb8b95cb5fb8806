import type { components } from '@/lib/api-types';

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const BREACH_ACTIONS = [
  'NOTIFY_ASSIGNEE',
  'NOTIFY_GROUP_LEAD',
  'ESCALATE_TIER',
  'REASSIGN',
] as const;
export type BreachAction = (typeof BREACH_ACTIONS)[number];

export const PAUSE_TOKENS = [
  'PENDING:CUSTOMER',
  'PENDING:VENDOR',
  'PENDING:PARTNER',
  'PENDING:CHANGE',
  'PENDING',
  'NEW',
] as const;

export type ResponseMetBy = 'EITHER' | 'ACKNOWLEDGED' | 'PUBLIC_REPLY';
export type Retarget = 'CARRY_OVER' | 'RESTART';
export type TicketType = 'INCIDENT' | 'SERVICE_REQUEST';

/** GET /api/sla/policies/{id}. Durations are ISO-8601 business time (PT4H). */
export interface SlaPolicy {
  id: number;
  name: string;
  ticketType: TicketType | null;
  priority: Priority | null;
  criticality: number | null;
  organizationId: number | null;
  /** Applies while a group of this engagement (in force) holds the ticket; null for any. */
  engagementId: number | null;
  engagementName: string | null;
  calendarId: number;
  response: string;
  resolution: string;
  responseMetBy: ResponseMetBy;
  pauseOn: string[];
  warnings: number[];
  breachActions: BreachAction[];
  onRetarget: Retarget;
  active: boolean;
  version: number;
}

/** GET /api/sla/policy-defaults: what a policy or an OLA gets for a term it leaves out. */
export type PolicyDefaults = components['schemas']['PolicyDefaults'];

export type PolicyInput = Omit<SlaPolicy, 'id' | 'version' | 'engagementName'> & {
  version?: number;
};

export interface PolicyPage {
  items: SlaPolicy[];
  page: number;
  size: number;
  total: number;
}

/** POST /api/sla/policies/preview. */
export interface PreviewRequest {
  calendarId: number;
  response: string;
  resolution: string;
  start?: string;
}

export interface Preview {
  start: string;
  responseDue: string;
  resolutionDue: string;
  calendar: string;
}

export type TimerState = 'RUNNING' | 'PAUSED' | 'MET' | 'BREACHED' | 'CANCELLED';

/** One timer of GET /api/tickets/{id}/sla. */
export interface SlaTimer {
  id: number;
  kind: 'SLA' | 'OLA';
  target: 'RESPONSE' | 'RESOLUTION';
  partnerId: number | null;
  state: TimerState;
  paused: boolean;
  targetDuration: string;
  startedAt: string;
  /** Wall-clock deadline; null while paused. */
  dueAt: string | null;
  pausedSince: string | null;
  endedAt: string | null;
  /** Business time left as of the response's `now` (ISO-8601, negative when late). */
  remaining: string;
  /**
   * While the timer's business clock runs at `now` (running, calendar open): until when it runs
   * on at most; null when it stands still. Countdowns tick only up to this instant.
   */
  runsUntil: string | null;
  percentUsed: number;
  calendarId: number;
  policyId: number | null;
}

export interface TicketSla {
  ticketId: number;
  ticketNumber: string;
  /** The server's clock when it answered: countdowns correct the browser's clock with it. */
  now: string;
  timers: SlaTimer[];
}

export interface AtRisk {
  timerId: number;
  ticketId: number;
  ticketNumber: string;
  kind: 'SLA' | 'OLA';
  target: 'RESPONSE' | 'RESOLUTION';
  priority: Priority;
  groupId: number | null;
  assigneeId: number | null;
  dueAt: string;
  remaining: string;
  percentUsed: number;
}

export interface BreachingSoon {
  now: string;
  within: string;
  items: AtRisk[];
}

export interface CalendarOption {
  id: number;
  name: string;
  zone: string;
}

/** What an OLA breach may do: the SLA actions, and telling the partner's own service manager. */
export const OLA_ACTIONS = [...BREACH_ACTIONS, 'NOTIFY_PARTNER_MANAGER'] as const;
export type OlaAction = (typeof OLA_ACTIONS)[number];

/** GET /api/sla/olas/{id}: an engagement's operational-level thresholds. */
export interface Ola {
  id: number;
  engagementId: number;
  engagementName: string | null;
  partnerId: number;
  partnerName: string | null;
  calendarId: number;
  response: string;
  resolution: string;
  pauseOn: string[];
  warnings: number[];
  breachActions: OlaAction[];
  version: number;
}

export type OlaInput = Omit<
  Ola,
  'id' | 'engagementId' | 'partnerId' | 'partnerName' | 'engagementName' | 'version'
> & {
  /** Fixed once defined; null only when the form has not chosen one yet. */
  engagementId: number | null;
  version?: number;
};

/** GET /api/sla/compliance: one day, week or month. */
export interface CompliancePeriod {
  start: string;
  from: string;
  to: string;
  met: number;
  breached: number;
  total: number;
  percentMet: number | null;
}

export interface ComplianceFigures {
  met: number;
  breached: number;
  total: number;
  percentMet: number | null;
}

export type ComplianceGroupBy =
  'priority' | 'tier' | 'application' | 'group' | 'provider' | 'partner';

export interface Compliance {
  from: string;
  to: string;
  zone: string;
  period: 'DAY' | 'WEEK' | 'MONTH';
  groupBy: ComplianceGroupBy;
  kind: 'SLA' | 'OLA';
  target: 'RESPONSE' | 'RESOLUTION' | null;
  overall: ComplianceFigures;
  periods: CompliancePeriod[];
  groups: { key: string; label: string; overall: ComplianceFigures; periods: CompliancePeriod[] }[];
}
