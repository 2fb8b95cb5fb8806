/** Routing rules, as the API's document describes them (src/lib/api-types.ts, generated). */
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type RoutingRule = Schemas['RoutingRuleAdmin.RuleView'];
export type RulePage = Schemas['RoutingRuleAdmin.RulePage'];
export type GroupRef = Schemas['RoutingRuleAdmin.GroupRef'];
export type DefaultView = Schemas['RoutingRuleAdmin.DefaultView'];
export type EscalationView = Schemas['RoutingRuleAdmin.EscalationView'];
export type RoutingPreview = Schemas['RoutingRuleAdmin.Preview'];
export type RuleRequest = Schemas['RoutingRuleController.RuleRequest'];
export type PreviewRequest = Schemas['RoutingRuleController.PreviewRequest'];
export type Tier = RoutingRule['tier'];
export type TicketType = PreviewRequest['type'];

export const TIERS: readonly Tier[] = ['L1', 'L2', 'L3', 'VENDOR'];

export const TIER_LABELS: Record<Tier, string> = {
  L1: 'L1 · first line',
  L2: 'L2 · specialists',
  L3: 'L3 · engineering',
  VENDOR: 'Vendor',
};

/** An application as a rule's picker offers it. */
export interface ApplicationChoice {
  id: number;
  name: string;
  category: string;
}
