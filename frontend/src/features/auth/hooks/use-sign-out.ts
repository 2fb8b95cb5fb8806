import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { endSession } from '@/lib/session';

/**
 * Ends the session and forgets every cached answer. RequireAuth then sends the user to the
 * sign-in page.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    endSession('signed-out');
    queryClient.clear();
  }, [queryClient]);
}
