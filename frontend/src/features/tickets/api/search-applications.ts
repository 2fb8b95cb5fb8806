import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Application, Page } from '../types';
import { ticketKeys } from './keys';

export function searchApplications(q: string): Promise<Page<Application>> {
  const query = new URLSearchParams({ q: q.trim(), size: '20' });
  return api.get<Page<Application>>(`/api/applications?${query.toString()}`);
}

/** GET /api/applications?q=: the catalog by name, for the portal's "which application" box. */
export function useApplicationSearch(q: string) {
  return useQuery({
    queryKey: ticketKeys.applications(q.trim()),
    queryFn: () => searchApplications(q),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
