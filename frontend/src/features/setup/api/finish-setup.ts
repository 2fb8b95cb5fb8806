import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '@/features/auth';
import { api } from '@/lib/api';
import { startSession } from '@/lib/session';
import type { SetupDone, SetupRequest } from '../types';
import { setupKeys } from './keys';

/** POST /api/setup. */
export function finishSetup(request: SetupRequest, signedIn: boolean): Promise<SetupDone> {
  return api.post<SetupDone>('/api/setup', request, { authenticated: signedIn });
}

/**
 * Sets Medley up. On the built-in issuer the answer signs the new administrator in; with an
 * external issuer the caller is signed in already and only their account needs reloading.
 */
export function useFinishSetup(signedIn: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SetupRequest) => finishSetup(request, signedIn),
    onSuccess: (done) => {
      queryClient.removeQueries({ queryKey: authKeys.me });
      queryClient.removeQueries({ queryKey: setupKeys.all });
      if (done.access_token && done.expires_in) {
        startSession(done.access_token, done.expires_in);
      }
    },
  });
}
