import { useEffect } from 'react';
import { useAuthConfig } from '../api/get-auth-config';
import { resumeOidcSession } from '../oidc/oidc';

/**
 * With an external issuer, keeps renewing the access token in the background (refresh token)
 * for as long as the signed-in app is open, including after a page reload.
 */
export function useOidcRenewal() {
  const config = useAuthConfig();
  const oidc = config.data?.mode === 'oidc' ? config.data.oidc : null;
  useEffect(() => {
    if (oidc) void resumeOidcSession(oidc);
  }, [oidc]);
}
