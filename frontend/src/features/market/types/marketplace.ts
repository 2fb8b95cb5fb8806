import type { StaffingRequest } from './index';

/*
 * The marketplace of issue #21: partner profiles, publishing, matching, proposals and their
 * comparison. Written by hand from the shared contract while the backend is being built; once it
 * is merged these become aliases of the generated `api-types.ts` schemas.
 */

export type OfferingKind =
  | 'SERVICE_DESK_TIER'
  | 'APPLICATION_MANAGEMENT'
  | 'LEGACY_SUPPORT'
  | 'GO_LIVE_SUPPORT'
  | 'STAFF_AUGMENTATION';

export const OFFERING_LABEL: Record<OfferingKind, string> = {
  SERVICE_DESK_TIER: 'Service desk tier',
  APPLICATION_MANAGEMENT: 'Application management',
  LEGACY_SUPPORT: 'Legacy support',
  GO_LIVE_SUPPORT: 'Go-live support',
  STAFF_AUGMENTATION: 'Staff augmentation',
};

export type Tier = 'L1' | 'L2' | 'L3';
export const TIERS: readonly Tier[] = ['L1', 'L2', 'L3'];

/** A shift's weekday as the marketplace API spells it. */
export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
export const WEEKDAY_LABEL: Record<Weekday, string> = {
  MON: 'Mon',
  TUE: 'Tue',
  WED: 'Wed',
  THU: 'Thu',
  FRI: 'Fri',
  SAT: 'Sat',
  SUN: 'Sun',
};

/** A weekly shift; a `to` not after `from` runs past midnight. */
export interface Shift {
  day: Weekday;
  from: string;
  to: string;
}

/** An application and a skill level (1 learning … 4 expert). */
export interface Capability {
  applicationId: number;
  application: string;
  level: number;
}

export interface RateLine {
  role: string;
  hourlyRate: number;
}

export interface Offering {
  kind: OfferingKind;
  description: string | null;
  rates: RateLine[];
}

/** The business associate agreement on file. */
export interface Agreement {
  reference: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
}

/** An item of GET /api/partners. */
export interface PartnerSummary {
  id: number;
  name: string;
  summary: string | null;
  regions: string[];
  tiers: Tier[];
  offerings: Offering[];
  capabilities: Capability[];
  agreement: Agreement | null;
  /** How many named people the profile holds. */
  people: number;
  activeEngagements: number;
}

/** A named person of a partner's profile. */
export interface PartnerPerson {
  name: string;
  email?: string | null;
  title: string | null;
  zone: string;
  capacityHours: number;
  shifts: Shift[];
  skills: Capability[];
}

/** GET /api/partners/{id}: the whole profile. */
export interface PartnerProfile extends Omit<PartnerSummary, 'people'> {
  certifications: string[];
  people: PartnerPerson[];
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** A skill as sent: the application by id. */
export interface SkillInput {
  applicationId: number;
  level: number;
}

/** The body of PUT /api/partners/{id}: the profile's fields and the version read. */
export interface PartnerProfileInput {
  summary: string | null;
  regions: string[];
  tiers: Tier[];
  certifications: string[];
  offerings: Offering[];
  capabilities: SkillInput[];
  people: {
    name: string;
    email?: string;
    title: string | null;
    zone: string;
    capacityHours: number;
    shifts: Shift[];
    skills: SkillInput[];
  }[];
  version: number;
}

/** The body of POST /api/staffing-requests/{id}/publish. */
export type PublishInput =
  { partnerIds: number[]; version: number } | { all: true; version: number };

/** An item of GET /api/staffing-requests/{id}/matches, best first. */
export interface Match {
  partnerId: number;
  name: string;
  /** 0–100. */
  score: number;
  applicationsCovered: number;
  applicationsRequested: number;
  /** 0–1: how much of the support window the partner's people's shifts cover. */
  windowCoverage: number;
  /** Why, in words: "covers 3 of 4 applications at level ≥ 3", "no nights". */
  reasons: string[];
  published: boolean;
  proposals: number;
}

export type ProposalStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

export const PROPOSAL_STATUS_LABEL: Record<ProposalStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
};

export const PROPOSAL_STATUS_COLOR: Record<ProposalStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  ACCEPTED: 'teal',
  DECLINED: 'red',
  WITHDRAWN: 'orange',
};

export interface Commitments {
  responseMinutes: number;
  resolutionHours: number;
  notes: string | null;
}

/** A named person a proposal offers. */
export interface ProposedPerson {
  name: string;
  email: string | null;
  title: string | null;
  zone: string;
  capacityHours: number;
  shifts: Shift[];
  skills: Capability[];
}

export interface ProposalEvent {
  action: string;
  actor: string;
  actorName: string;
  at: string;
  detail: string | null;
}

/** GET /api/proposals/{id}. */
export interface Proposal {
  id: number;
  staffingRequestId: number;
  /** The request answered, by its title. */
  request: { id: number; title: string };
  partner: { id: number; name: string };
  status: ProposalStatus;
  people: ProposedPerson[];
  hourlyRate: number;
  /** The people's weekly capacity at the hourly rate. */
  weeklyCost: number;
  tier: Tier;
  commitments: Commitments;
  startsOn: string;
  endsOn: string | null;
  notes: string | null;
  decisionComment: string | null;
  decidedBy?: string | null;
  engagementId: number | null;
  createdBy: string;
  submittedAt: string | null;
  decidedAt: string | null;
  version: number;
  history: ProposalEvent[] | null;
}

/** The body of POST /api/proposals (with staffingRequestId) and PUT /api/proposals/{id} (with version). */
export interface ProposalInput {
  staffingRequestId?: number;
  people: {
    name: string;
    email?: string;
    title?: string;
    zone: string;
    capacityHours: number;
    shifts: Shift[];
    skills: SkillInput[];
  }[];
  hourlyRate: number;
  tier: Tier;
  commitments: { responseMinutes: number; resolutionHours: number; notes?: string };
  startsOn: string;
  notes?: string;
  version?: number;
}

export interface StatusCounts {
  good: number;
  risk: number;
  gap: number;
}

export type CoverageStatus = 'GOOD' | 'RISK' | 'GAP';

/** An application whose status, bus factor or covered hours a proposal would change. */
export interface CoverageChange {
  applicationId: number;
  name: string;
  before: CoverageStatus;
  after: CoverageStatus;
  busFactorBefore: number;
  busFactorAfter: number;
  windowCoverageBefore: number;
  windowCoverageAfter: number;
}

export interface WhatIf {
  before: StatusCounts;
  after: StatusCounts;
  changes: CoverageChange[];
}

/** A proposal as compared: its view (with its weekly cost) and what it does to the matrix. */
export type ComparedProposal = Proposal & { whatIf: WhatIf };

/** GET /api/staffing-requests/{id}/comparison. */
export interface Comparison {
  request: StaffingRequest;
  proposals: ComparedProposal[];
}
