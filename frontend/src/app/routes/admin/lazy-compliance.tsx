import { lazy } from 'react';

/** PHI compliance, its own download: only administrators open it. */
export const CompliancePage = lazy(async () => ({
  default: (await import('../CompliancePage')).CompliancePage,
}));
