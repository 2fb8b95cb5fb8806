import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { getSignOutReason, useSessionToken } from '@/lib/session';
import { useOidcRenewal } from '../hooks/use-oidc-renewal';

/**
 * Sends anyone without a session to the sign-in page. A deep link or an expired session is
 * remembered so that signing in returns there; after an explicit sign-out nothing is remembered,
 * because the next person at this workstation may be someone else.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const token = useSessionToken();
  const location = useLocation();
  useOidcRenewal();
  if (!token) {
    const from =
      getSignOutReason() === 'signed-out' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={from ? { from } : undefined} />;
  }
  return children;
}
