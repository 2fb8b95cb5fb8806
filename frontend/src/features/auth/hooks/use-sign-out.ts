import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { endSession } from '@/lib/session';
import { authKeys } from '../api/keys';
import { oidcSignOut } from '../oidc/oidc';
import type { AuthConfig } from '../types';

/**
 * Ends the session and forgets every cached answer. RequireAuth then sends the user to the
 * sign-in page; with an external issuer the issuer's own session ends too, and the issuer sends
 * the browser back to the sign-in page.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    const config = queryClient.getQueryData<AuthConfig>(authKeys.config);
    queryClient.clear();
    if (config?.mode === 'oidc' && config.oidc) {
      oidcSignOut(config.oidc).catch(() => endSession('signed-out'));
      return;
    }
    endSession('signed-out');
  }, [queryClient]);
}
