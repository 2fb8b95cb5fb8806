/** Scorecards, as the API's document describes them (src/lib/api-types.ts, generated). */
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type Scorecards = Schemas['ScorecardApi.Scorecards'];
export type ScorecardRow = Schemas['ScorecardApi.Row'];
export type ScorecardCard = Schemas['ScorecardApi.Card'];
export type ScorecardWeek = Schemas['ScorecardApi.Week'];
export type ScorecardKind = Schemas['ScorecardApi.Kind'];
export type Compliance = Schemas['ScorecardApi.Compliance'];
export type Ratio = Schemas['ScorecardApi.Ratio'];

export const KIND_HEADING: Record<ScorecardKind, string> = {
  TEAM: 'Internal teams',
  PARTNER: 'Partners',
  ENGAGEMENT: 'Engagements',
};

/** The range of a read: hospital dates, `to` counted to its end; null for the API's default. */
export interface ScorecardRange {
  from: string;
  to: string;
}
