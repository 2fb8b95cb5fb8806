import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { LinkHolder, PasswordSet } from '../types';
import { userKeys } from './keys';

/** POST /api/password-links/lookup: who the link is for (anonymous; the token stays in bodies). */
export function useLinkHolder(token: string) {
  return useQuery({
    queryKey: userKeys.link(token),
    queryFn: () =>
      api.post<LinkHolder>('/api/password-links/lookup', { token }, { authenticated: false }),
    enabled: token !== '',
    retry: false,
  });
}

/** POST /api/password-links/password. */
export function useSetPassword() {
  return useMutation({
    mutationFn: ({ token, password }: { token: string; password: string }) =>
      api.post<PasswordSet>(
        '/api/password-links/password',
        { token, password },
        { authenticated: false },
      ),
  });
}
