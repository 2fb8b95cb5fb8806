import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Comment, Visibility } from '../types';
import { ticketKeys } from './keys';

export function addComment(
  id: number,
  comment: { body: string; visibility: Visibility },
): Promise<Comment> {
  return api.post<Comment>(`/api/tickets/${id}/comments`, comment);
}

/** POST /api/tickets/{id}/comments: a public reply or an internal note. */
export function useAddComment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: { body: string; visibility: Visibility }) => addComment(id, comment),
    // A reply can move the ticket (a requester's answer ends a wait), so the ticket reloads too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.comments(id) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.audit(id) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
      ]),
  });
}
