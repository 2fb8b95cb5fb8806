import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Comment } from '../types';
import { ticketKeys } from './keys';

export function getComments(id: number): Promise<Comment[]> {
  return api.get<Comment[]>(`/api/tickets/${id}/comments`);
}

/** GET /api/tickets/{id}/comments: what the caller may read, oldest first. */
export function useComments(id: number) {
  return useQuery({ queryKey: ticketKeys.comments(id), queryFn: () => getComments(id) });
}
