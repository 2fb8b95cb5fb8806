export type StaffingKind = 'LONG_TERM' | 'TEMPORARY' | 'PROJECT' | 'GO_LIVE_SURGE';
/** OPEN (not published yet) → PUBLISHED → AWARDED (a proposal accepted); or CANCELLED. */
export type StaffingStatus = 'OPEN' | 'PUBLISHED' | 'AWARDED' | 'CANCELLED';

/** Which partners see a published request: every partner, or the ones shortlisted. */
export type Audience = 'ALL' | 'SHORTLIST';

export const KIND_LABEL: Record<StaffingKind, string> = {
  LONG_TERM: 'Long-term cover',
  TEMPORARY: 'Temporary cover',
  PROJECT: 'Project',
  GO_LIVE_SURGE: 'Go-live surge',
};

export interface StaffingEvent {
  action: string;
  actor: string;
  actorName: string;
  at: string;
  detail: string | null;
}

export interface StaffingRequest {
  id: number;
  title: string;
  kind: StaffingKind;
  status: StaffingStatus;
  applications: { id: number; name: string }[];
  minimumLevel: number;
  peopleNeeded: number;
  hoursPerWeek: number;
  supportWindow: string;
  startsOn: string;
  endsOn: string | null;
  notes: string | null;
  rationale: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  history: StaffingEvent[] | null;
  /** Null until published. */
  audience?: Audience | null;
  /** Who sees it and since when; the hospital's side only (a partner never reads this). */
  publishedTo?: { partnerId: number; name: string; at: string }[] | null;
}

/** The body of POST /api/staffing-requests. */
export interface StaffingRequestInput {
  title?: string;
  kind: StaffingKind;
  applicationIds: number[];
  minimumLevel: number;
  peopleNeeded: number;
  hoursPerWeek: number;
  supportWindow: string;
  startsOn: string;
  endsOn: string | null;
  notes?: string;
  rationale?: string;
}

/** What a coverage gap suggests a request should ask for; the form starts from it. */
export interface StaffingDraft {
  applicationIds: number[];
  applicationNames: string[];
  minimumLevel: number;
  peopleNeeded: number;
  hoursPerWeek: number;
  window: string;
  kind: string;
  rationale: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export type EngagementStatus = 'PLANNED' | 'ACTIVE' | 'ENDED';

export const ENGAGEMENT_STATUS_LABEL: Record<EngagementStatus, string> = {
  PLANNED: 'Planned',
  ACTIVE: 'Active',
  ENDED: 'Ended',
};

export interface EngagementEvent {
  /** CREATED, CHANGED or ENDED. */
  action: string;
  actor: string;
  actorName: string;
  at: string;
  detail: string | null;
}

/** GET /api/engagements/{id}: a partner's contract with the hospital. */
export interface Engagement {
  id: number;
  partner: { id: number; name: string };
  name: string;
  scope: string;
  status: EngagementStatus;
  startsOn: string;
  endsOn: string | null;
  endedAt: string | null;
  endedBy: string | null;
  manager: { id: number; name: string; title: string | null; email: string | null } | null;
  staffingRequest: { id: number; title: string } | null;
  groups: { id: number; name: string; tier: string }[];
  /** The partner's desk Medley keeps this engagement's tickets in sync with, if any. */
  connectorId?: number | null;
  connector?: PartnerDesk | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  history: EngagementEvent[] | null;
}

/** The body of POST /api/engagements and PUT /api/engagements/{id}. */
export interface EngagementInput {
  partnerId?: number;
  name: string;
  scope: string;
  startsOn: string;
  endsOn: string | null;
  managerAccountId: number | null;
  staffingRequestId: number | null;
  groupIds: number[];
  connectorId?: number | null;
  version?: number;
}

/** A partner-desk connector (Admin → Integrations); `kind` is its protocol. */
export interface PartnerDesk {
  id: number;
  name: string;
  kind: string;
}

/** GET /api/engagements/choices: what an engagement can name. */
export interface EngagementChoices {
  partners: { id: number; name: string }[];
  managers: { id: number; name: string; title: string | null; partnerId: number }[];
  groups: {
    id: number;
    name: string;
    tier: string;
    partnerId: number;
    engagementId: number | null;
    engagementName: string | null;
  }[];
  staffingRequests: { id: number; title: string }[];
  /** The hospital's partner-desk connectors. */
  desks: PartnerDesk[];
}

export * from './marketplace';
