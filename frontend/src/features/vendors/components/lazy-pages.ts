import { lazy } from 'react';

/** The vendor cases page loads when its route first shows it, not with the shell. */
export const VendorCasesPage = lazy(() =>
  import('./VendorCasesPage').then((module) => ({ default: module.VendorCasesPage })),
);
