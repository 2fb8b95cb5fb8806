import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { useSessionToken } from '@/lib/session';
import type { Me } from '../types';
import { authKeys } from './keys';

export function getMe(): Promise<Me> {
  return api.get<Me>('/api/me');
}

/** The signed-in user, their roles and organisation. Runs only while a session exists. */
export function useMe() {
  const token = useSessionToken();
  return useQuery({
    queryKey: authKeys.me,
    queryFn: getMe,
    enabled: token !== null,
    staleTime: 5 * 60_000,
  });
}
