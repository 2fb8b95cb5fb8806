export type StaffingKind = 'LONG_TERM' | 'TEMPORARY' | 'PROJECT' | 'GO_LIVE_SURGE';
export type StaffingStatus = 'OPEN' | 'CANCELLED';

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
