import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { AuthConfig } from '../types';
import { authKeys } from './keys';

export function getAuthConfig(): Promise<AuthConfig> {
  return api.get<AuthConfig>('/api/auth/config', { authenticated: false });
}

/** How users sign in here: the built-in issuer (with or without demo users) or OIDC. */
export function useAuthConfig() {
  return useQuery({
    queryKey: authKeys.config,
    queryFn: getAuthConfig,
    staleTime: Infinity,
  });
}
