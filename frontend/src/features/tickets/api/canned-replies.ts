import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CannedReply, CannedReplyGroup, CannedReplyList, ExpandedReply } from '../types';
import { ticketKeys } from './keys';

/** GET /api/tickets/{id}/canned-replies: the replies the caller may use, filled in for the ticket. */
export function useTicketCannedReplies(ticketId: number, enabled = true) {
  return useQuery({
    queryKey: ticketKeys.cannedForTicket(ticketId),
    queryFn: () => api.get<ExpandedReply[]>(`/api/tickets/${ticketId}/canned-replies`),
    enabled,
    staleTime: 60_000,
  });
}

/** GET /api/canned-reply-groups: the groups whose canned replies the caller reads. */
export function useCannedReplyGroups() {
  return useQuery({
    queryKey: ticketKeys.cannedGroups,
    queryFn: () => api.get<CannedReplyGroup[]>('/api/canned-reply-groups'),
    staleTime: 5 * 60_000,
  });
}

/** GET /api/support-groups/{id}/canned-replies: a group's replies, and whether the caller edits them. */
export function useGroupCannedReplies(groupId: number | null) {
  return useQuery({
    queryKey: ticketKeys.cannedOfGroup(groupId ?? -1),
    queryFn: () => api.get<CannedReplyList>(`/api/support-groups/${groupId}/canned-replies`),
    enabled: groupId !== null,
  });
}

export interface CannedReplyInput {
  title: string;
  body: string;
  version?: number;
}

function useRefresh(groupId: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ticketKeys.cannedOfGroup(groupId) }),
      queryClient.invalidateQueries({ queryKey: ticketKeys.cannedForTickets }),
    ]);
}

/** POST or PUT a group's canned reply (PUT when an id is given). */
export function useSaveCannedReply(groupId: number) {
  const refresh = useRefresh(groupId);
  return useMutation({
    mutationFn: ({ id, ...input }: CannedReplyInput & { id?: number }) =>
      id === undefined
        ? api.post<CannedReply>(`/api/support-groups/${groupId}/canned-replies`, input)
        : api.put<CannedReply>(`/api/support-groups/${groupId}/canned-replies/${id}`, input),
    onSuccess: refresh,
  });
}

export function useDeleteCannedReply(groupId: number) {
  const refresh = useRefresh(groupId);
  return useMutation({
    mutationFn: (id: number) =>
      api.delete<void>(`/api/support-groups/${groupId}/canned-replies/${id}`),
    onSuccess: refresh,
  });
}
