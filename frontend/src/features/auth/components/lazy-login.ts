import { lazy } from 'react';

/** The sign-in page (forms, demo users, OIDC) loads only when someone has to sign in. */
export const LoginPage = lazy(() =>
  import('./LoginPage').then((module) => ({ default: module.LoginPage })),
);
