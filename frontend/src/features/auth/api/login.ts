import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { startSession } from '@/lib/session';
import type { Credentials, LoginResponse } from '../types';
import { authKeys } from './keys';

export function login(credentials: Credentials): Promise<LoginResponse> {
  // Anonymous call: a 401 here means "wrong credentials", not "session ended".
  return api.post<LoginResponse>('/login', credentials, { authenticated: false });
}

/** Signs in with the built-in issuer and starts the session on success. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      queryClient.removeQueries({ queryKey: authKeys.me });
      startSession(response.access_token, response.expires_in);
    },
  });
}
