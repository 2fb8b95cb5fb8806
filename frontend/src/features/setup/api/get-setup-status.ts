import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { SetupStatus } from '../types';
import { setupKeys } from './keys';

/**
 * GET /api/setup. With the built-in issuer it is asked anonymously (a left-over session must not
 * get in the way) and judges the link's token; with an external issuer it answers about the
 * signed-in caller's tenant.
 */
export function getSetupStatus(token: string | null, signedIn: boolean): Promise<SetupStatus> {
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  return api.get<SetupStatus>(`/api/setup${query}`, { authenticated: signedIn });
}

export function useSetupStatus(token: string | null, signedIn: boolean, enabled: boolean) {
  return useQuery({
    queryKey: setupKeys.status(token),
    queryFn: () => getSetupStatus(token, signedIn),
    enabled,
  });
}
