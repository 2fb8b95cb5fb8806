import type { PhiAccessFilters } from '../types';

export const complianceKeys = {
  phiAccess: (filters: PhiAccessFilters) => ['compliance', 'phi-access', filters] as const,
  agreements: ['compliance', 'business-associate-agreements'] as const,
};
