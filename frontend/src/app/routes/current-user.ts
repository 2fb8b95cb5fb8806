import { useOutletContext } from 'react-router';
import type { Me } from '@/features/auth';

/** The signed-in user, as loaded by AppLayout (only usable below it). */
export function useCurrentUser(): Me {
  return useOutletContext<Me>();
}
