/** The coverage API's shapes (see CoverageController and Views on the backend). */

export type CoverageStatus = 'GOOD' | 'RISK' | 'GAP';
export type StaffKind = 'INTERNAL' | 'CONTRACTED';

/** A stretch of uncovered required hours, local time in the application's calendar zone. */
export interface HourRange {
  fromDay: string;
  from: string;
  toDay: string;
  to: string;
  hours: number;
}

export interface CoverageRules {
  expertLevel: number;
  goodMinExperts: number;
  gapMaxExperts: number;
  goodMinWindow: number;
  gapMaxWindow: number;
  burnoutLoadRatio: number;
  burnoutWeeks: number;
  burnoutOutOf: number;
}

export interface ApplicationSummary {
  id: number;
  name: string;
  vendor: string;
  category: string;
  criticality: number;
  lifecycle: string;
  calendarId: number;
  calendar: string;
  zone: string;
  status: CoverageStatus;
  busFactor: number;
  experts: number[];
  requiredHours: number;
  coveredHours: number;
  windowCoverage: number;
  uncovered: HourRange[];
  tickets30: number;
  tickets90: number;
  medianTurnaroundHours: number | null;
}

export interface PersonSummary {
  id: number;
  name: string;
  email: string | null;
  kind: StaffKind;
  employer: string;
  team: string | null;
  zone: string;
  capacityHours: number;
  shiftHours: number;
  loadHours: number;
  loadRatio: number;
  overloadedWeeks: number;
  burnout: boolean;
  soleCover: number[];
  applications: number;
  medianTurnaroundHours: number | null;
  /** Certifications behind their skills expiring within 60 days, and expired. */
  expiringCertifications: number;
  expiredCertifications: number;
}

export type CertificationState = 'CURRENT' | 'EXPIRING' | 'EXPIRED';

/**
 * A cell whose skill rests on a certification: `level` is the recorded level; the matrix cell
 * holds the level that counts (0 once the certification has expired).
 */
export interface CertifiedCell {
  applicationId: number;
  staffId: number;
  level: number;
  certification: string;
  expiresOn: string | null;
  state: CertificationState;
}

export interface Matrix {
  revision: number;
  generatedAt: string;
  gridStart: string;
  rules: CoverageRules;
  counts: { good: number; risk: number; gap: number };
  applications: ApplicationSummary[];
  staff: PersonSummary[];
  /** Flat triples: application id, staff id, level that counts. */
  cells: number[];
  certifications: CertifiedCell[];
}

export interface ExpertOnCall {
  staffId: number;
  name: string;
  kind: StaffKind;
  team: string | null;
  level: number;
  verifiedOn: string | null;
  expert: boolean;
  windowHoursOnShift: number;
  resolved: number;
  medianTurnaroundHours: number | null;
}

/** `week`: 168 characters from Monday 00:00 local; C covered, U uncovered, . not required, - skipped. */
export interface ApplicationDetail {
  summary: ApplicationSummary;
  week: string;
  people: ExpertOnCall[];
  /** Its entry in the gap list when at risk or with a gap; null when good. */
  gap: Gap | null;
}

export interface PersonSkill {
  applicationId: number;
  application: string;
  level: number;
  verifiedOn: string | null;
  soleCover: boolean;
  status: CoverageStatus;
  resolved: number;
  medianTurnaroundHours: number | null;
}

export interface ShiftView {
  day: string;
  from: string;
  to: string;
}

/** `week`: 168 characters from Monday 00:00 in the person's zone; S on shift. */
export interface PersonDetail {
  summary: PersonSummary;
  shifts: ShiftView[];
  week: string;
  weeklyLoadHours: number[];
  skills: PersonSkill[];
}

export interface StaffingRequestDraft {
  applicationIds: number[];
  minimumLevel: number;
  peopleNeeded: number;
  uncoveredHoursPerWeek: number;
  /** The uncovered hours, or full-time weeks for missing experts: what a request asks for. */
  hoursPerWeek: number;
  window: string;
  uncovered: HourRange[];
  kind: string;
  rationale: string;
}

export interface Gap {
  applicationId: number;
  name: string;
  vendor: string;
  category: string;
  criticality: number;
  status: CoverageStatus;
  reasons: string[];
  busFactor: number;
  experts: string[];
  requiredHours: number;
  coveredHours: number;
  windowCoverage: number;
  calendar: string;
  tickets90: number;
  request: StaffingRequestDraft;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface StatusChange {
  applicationId: number;
  name: string;
  before: CoverageStatus;
  after: CoverageStatus;
  busFactorBefore: number;
  busFactorAfter: number;
  windowCoverageBefore: number;
  windowCoverageAfter: number;
}

export interface WhatIfResult {
  before: Matrix['counts'];
  after: Matrix['counts'];
  changes: StatusChange[];
  statuses: { id: number; status: CoverageStatus; busFactor: number; windowCoverage: number }[];
}

export interface WhatIfRequest {
  removeStaffIds: number[];
  addContracted: {
    name: string;
    capacityHours: number;
    zone: string;
    shifts: ShiftView[];
    skills: { applicationId: number; level: number }[];
  }[];
}
