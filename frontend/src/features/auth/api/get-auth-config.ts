import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { AuthConfig } from '../types';

export const authConfigQueryKey = ['auth', 'config'] as const;

export function getAuthConfig(): Promise<AuthConfig> {
  return api.get<AuthConfig>('/api/auth/config', { authenticated: false });
}

/** How users sign in here: the built-in issuer (with or without demo users) or OIDC. */
export function useAuthConfig() {
  return useQuery({
    queryKey: authConfigQueryKey,
    queryFn: getAuthConfig,
    staleTime: Infinity,
  });
}
