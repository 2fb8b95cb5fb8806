import { lazy } from 'react';

/** The setup screen is used once per installation: it loads only when someone opens it. */
export const SetupPage = lazy(() =>
  import('./SetupPage').then((module) => ({ default: module.SetupPage })),
);
