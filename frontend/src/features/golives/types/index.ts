/** Go-live events, as the API's document describes them (src/lib/api-types.ts, generated). */
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type GoLive = Schemas['GoLiveApi.GoLiveView'];
export type SurgeEstimate = Schemas['GoLiveApi.Estimate'];
export type SurgeHistoryPoint = Schemas['GoLiveApi.HistoryPoint'];
export type PlanEntry = Schemas['GoLiveApi.PlanEntry'];
export type WindowCoverage = Schemas['GoLiveApi.Coverage'];
export type CoverageSide = Schemas['SurgeCoverage.Side'];
export type StillShort = Schemas['GoLiveApi.Short'];
export type NewPlanEntry = Schemas['GoLiveApi.NewEntry'];
export type GoLiveEvent = Schemas['Api.Event'];

export type GoLiveStatus = 'PLANNED' | 'LIVE' | 'DONE' | 'CANCELLED';
export type GoLiveKind = 'GO_LIVE' | 'UPGRADE';
export type Tier = 'L1' | 'L2' | 'L3';

/**
 * The body of POST /api/go-lives and PUT /api/go-lives/{id} (`GoLiveApi.Terms`; the generated
 * schema lacks `version`, which the record has).
 */
export interface GoLiveTerms {
  applicationId: number;
  kind: GoLiveKind;
  title?: string | null;
  startsOn: string;
  endsOn: string;
  notes?: string | null;
  version?: number;
}

/** A list page: the generated page type leaves its items untyped. */
export interface GoLivePage {
  items: GoLive[];
  page: number;
  size: number;
  total: number;
}

/** The staffing request POST /api/go-lives/{id}/staffing-request opened (fields used here). */
export interface OpenedRequest {
  id: number;
  title: string;
  status: string;
}

export const STATUS_LABEL: Record<GoLiveStatus, string> = {
  PLANNED: 'Planned',
  LIVE: 'Live',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

export const STATUS_COLOR: Record<GoLiveStatus, string> = {
  PLANNED: 'blue',
  LIVE: 'orange',
  DONE: 'teal',
  CANCELLED: 'gray',
};

export const KIND_LABEL: Record<GoLiveKind, string> = {
  GO_LIVE: 'Go-live',
  UPGRADE: 'Upgrade',
};

export const BASIS_LABEL: Record<string, string> = {
  APPLICATION: 'its own past go-lives and upgrades',
  CATEGORY: 'past go-lives and upgrades of its category',
  DEFAULT: 'the default multiplier (no usable history)',
};

export const EMPLOYER_KIND_LABEL: Record<string, string> = {
  INTERNAL: 'Internal',
  CONTRACTED: 'Contracted',
  OUTSIDER: 'No staff record',
  FORMER: 'Former staff',
};

export const ACTION_LABEL: Record<string, string> = {
  CREATED: 'Created',
  UPDATED: 'Changed',
  PLANNED: 'Added to the plan',
  UNPLANNED: 'Removed from the plan',
  STARTED: 'Started',
  FINISHED: 'Finished',
  CANCELLED: 'Cancelled',
  REQUESTED: 'Staffing request opened',
};

export function statusOf(value: string): GoLiveStatus {
  return (value in STATUS_LABEL ? value : 'PLANNED') as GoLiveStatus;
}
