import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CalendarOption, PolicyPage } from '../types';
import { slaKeys } from './keys';

/** GET /api/sla/policies: a tenant has a handful, so one page of 200 is all of them. */
export function useSlaPolicies() {
  return useQuery({
    queryKey: slaKeys.policies(),
    queryFn: () => api.get<PolicyPage>('/api/sla/policies?page=0&size=200'),
  });
}

/** GET /api/calendars, as names to choose a policy's calendar from. */
export function useCalendarOptions() {
  return useQuery({
    queryKey: slaKeys.calendars(),
    queryFn: async () => {
      const page = await api.get<{ items: CalendarOption[] }>('/api/calendars?page=0&size=200');
      return page.items.map(({ id, name, zone }) => ({ id, name, zone }));
    },
    staleTime: 60_000,
  });
}
