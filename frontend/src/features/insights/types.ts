/*
 * The insight endpoints' answers, typed by hand from the backend's records (SlaInsights,
 * OperationsApi) until the generated api-types.ts carries them; then these become aliases.
 */

export type Period = 'DAY' | 'WEEK' | 'MONTH';
export type TimerKind = 'SLA' | 'OLA';
export type TimerTarget = 'RESPONSE' | 'RESOLUTION';
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
export type Tier = 'L1' | 'L2' | 'L3' | 'VENDOR';
export type SlaGroupBy =
  'provider' | 'partner' | 'priority' | 'tier' | 'application' | 'group' | 'kind' | 'target';

/** Finished timers and the share met, in percent with one decimal (null when none finished). */
export interface Figures {
  met: number;
  breached: number;
  total: number;
  percentMet: number | null;
}

export interface SlaPeriodFigures extends Figures {
  /** The period's first local day. */
  start: string;
}

/** One value of the dimension: key is a name, an id, INTERNAL, or 0 for none. */
export interface SlaGroup {
  key: string;
  label: string;
  overall: Figures;
  /** Periods with nothing finished are left out. */
  periods: SlaPeriodFigures[];
}

/** GET /api/insights/sla: timers that finished on the local days [from, to). */
export interface SlaPerformance {
  from: string;
  to: string;
  zone: string;
  period: Period;
  groupBy: string;
  kind: TimerKind | null;
  target: TimerTarget | null;
  overall: Figures;
  periods: SlaPeriodFigures[];
  groups: SlaGroup[];
}

export interface StatusTime {
  /** A ticket status, PENDING_<reason> while pending (PENDING_VENDOR). */
  status: string;
  millis: number;
}

export interface HolderTime {
  groupId: number | null;
  group: string;
  provider: string;
  providerName: string;
  millis: number;
}

interface TimerTicket {
  timerId: number;
  ticketId: number;
  ticketNumber: string;
  /** Absent for PHI-flagged tickets. */
  title?: string | null;
  kind: TimerKind;
  target: TimerTarget;
  priority: string;
  tier: string;
  applicationId: number;
  groupId: number | null;
  group: string;
  provider: string;
  providerName: string;
}

export interface Breach extends TimerTicket {
  startedAt: string;
  breachedAt: string;
  /** What took most of the time to the deadline: PENDING_VENDOR, PARTNER_L1, UNASSIGNED, … */
  cause: string;
  causeMillis: number;
  byStatus: StatusTime[];
  byHolder: HolderTime[];
}

export interface CauseCount {
  cause: string;
  breaches: number;
  causeMillis: number;
}

/** GET /api/insights/sla/breaches: a page, and every matching breach counted by cause. */
export interface Breaches {
  items: Breach[];
  page: number;
  size: number;
  total: number;
  causes: CauseCount[];
}

export interface SettledTicket extends TimerTicket {
  finishedAt: string;
  outcome: 'MET' | 'BREACHED';
}

/** GET /api/insights/sla/tickets: the timers behind a figure, newest first. */
export interface SettledTickets {
  items: SettledTicket[];
  page: number;
  size: number;
  total: number;
}

/** count of `of`, and their ratio from 0 to 1 (null when `of` is 0). */
export interface Ratio {
  count: number;
  of: number;
  rate: number | null;
}

export interface Csat {
  mean: number | null;
  rated: number;
}

/** One period [start, end) of local days. */
export interface OpsPeriod {
  start: string;
  end: string;
  opened: number;
  resolved: number;
  /** Null for a period not yet ended. */
  backlogAtEnd: number | null;
  firstContactResolution: Ratio;
  reopenRate: Ratio;
  csat: Csat;
  escalationRate: Ratio;
}

export interface AgeBucket {
  age: string;
  count: number;
}

export interface TierEscalation {
  tier: Tier;
  escalated: Ratio;
}

export interface ForecastHour {
  start: string;
  expected: number;
}

export interface Forecast {
  weeksBack: number;
  /** 168 slots, Monday 00:00 first. */
  hourOfWeek: number[];
  weeklyTotals: number[];
  hours: ForecastHour[];
}

/** GET /api/insights/operations. */
export interface Operations {
  from: string;
  to: string;
  period: Period;
  zone: string;
  generatedAt: string;
  periods: OpsPeriod[];
  backlog: { open: number; ages: AgeBucket[] };
  escalationByTier: TierEscalation[];
  forecast: Forecast;
}

export type OpsMeasure = 'OPENED' | 'BACKLOG' | 'REOPENED' | 'ESCALATED' | 'FCR';

export interface OpsTicket {
  id: number;
  number: string;
  openedAt: string;
  priority: Priority;
  tier: Tier;
  applicationId: number;
  groupId: number | null;
  partnerId: number | null;
  status: string;
}

/** GET /api/insights/operations/tickets. */
export interface OpsTickets {
  items: OpsTicket[];
  page: number;
  size: number;
  total: number;
}

/** One week (Monday, local) of the coverage matrix as last seen in it. */
export interface CoverageWeek {
  weekStart: string;
  good: number;
  risk: number;
  gap: number;
  busFactorOne: number;
}

/** Bus-factor-1, RISK and GAP applications of one criticality (1 most critical). */
export interface CoverageByCriticality {
  criticality: number;
  busFactorOne: number;
  risk: number;
  gap: number;
}

export interface CoverageAttention {
  id: number;
  name: string;
  criticality: number;
  status: 'GOOD' | 'RISK' | 'GAP';
  busFactor: number;
}

/** GET /api/insights/coverage-risk: weeks with no record are left out. */
export interface CoverageRiskAnswer {
  from: string;
  to: string;
  weeks: CoverageWeek[];
  now: CoverageWeek;
  byCriticality: CoverageByCriticality[];
  /** At RISK or GAP or with one expert, most critical first. */
  attention: CoverageAttention[];
}
