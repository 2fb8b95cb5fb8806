import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { components } from '@/lib/api-types';
import { ticketKeys } from './keys';

/** The caller's staff record; `linked` is false until someone links their sign-in to one. */
export type MyStaffRecord = components['schemas']['Views.MyStaffRecord'];

/**
 * GET /api/staff/me: whether the desk can give the caller tickets (it gives them to staff records,
 * found through the linked sign-in). Asked again every few minutes, so a new link shows up.
 */
export function useMyStaffRecord() {
  return useQuery({
    queryKey: ticketKeys.myStaffRecord,
    queryFn: () => api.get<MyStaffRecord>('/api/staff/me'),
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });
}
