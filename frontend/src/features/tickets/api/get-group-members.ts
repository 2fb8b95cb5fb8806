import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { GroupMember } from '../types';
import { ticketKeys } from './keys';

export function getGroupMembers(groupId: number): Promise<GroupMember[]> {
  return api.get<GroupMember[]>(`/api/support-groups/${groupId}/members`);
}

/** GET /api/support-groups/{id}/members: who can take a ticket, with their open load. */
export function useGroupMembers(groupId: number | null) {
  return useQuery({
    queryKey: ticketKeys.members(groupId ?? -1),
    queryFn: () => getGroupMembers(groupId as number),
    enabled: groupId !== null,
  });
}

/** The members of several groups at once, e.g. every group a ticket passed through. */
export function useMembersOfGroups(groupIds: readonly number[]) {
  return useQueries({
    queries: groupIds.map((groupId) => ({
      queryKey: ticketKeys.members(groupId),
      queryFn: () => getGroupMembers(groupId),
      staleTime: 5 * 60_000,
    })),
    combine: (results) => results.flatMap((result) => result.data ?? []),
  });
}
