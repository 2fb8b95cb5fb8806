import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { GroupInput, GroupListParams, GroupPage, GroupSettings } from '../types';
import { groupKeys } from './keys';

/** GET /api/support-groups/settings: every group with its settings, searched, retired on request. */
export function useGroupSettings(params: GroupListParams) {
  return useQuery({
    queryKey: groupKeys.settings(params),
    queryFn: () => {
      const query = new URLSearchParams({ page: String(params.page), size: String(params.size) });
      if (params.q.trim()) query.set('q', params.q.trim());
      if (params.retired) query.set('retired', 'true');
      return api.get<GroupPage>(`/api/support-groups/settings?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

/** POST /api/support-groups, or PUT /api/support-groups/{id} with the version read (409 if stale). */
export function useSaveGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: GroupInput }) =>
      id === null
        ? api.post<GroupSettings>('/api/support-groups', input)
        : api.put<GroupSettings>(`/api/support-groups/${id}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

/** POST /api/support-groups/{id}/retire: 409 with the reason while tickets or an engagement hold it. */
export function useRetireGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<GroupSettings>(`/api/support-groups/${id}/retire`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

/** POST /api/support-groups/{id}/members: adds a member or changes whether they lead. */
export function usePutMember(groupId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { staffId: number; lead: boolean }) =>
      api.post<unknown>(`/api/support-groups/${groupId}/members`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

/** DELETE /api/support-groups/{id}/members/{staffId}. */
export function useRemoveMember(groupId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (staffId: number) =>
      api.delete<void>(`/api/support-groups/${groupId}/members/${staffId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: groupKeys.all }),
  });
}
