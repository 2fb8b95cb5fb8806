import type { Tier } from '../types';

export const routingKeys = {
  all: ['routing'] as const,
  rules: (tier: Tier) => ['routing', 'rules', tier] as const,
  groups: ['routing', 'groups'] as const,
  defaults: ['routing', 'defaults'] as const,
  escalations: ['routing', 'escalations'] as const,
  applications: ['routing', 'applications'] as const,
};
