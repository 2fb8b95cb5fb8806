import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Calendar } from '../types';
import { calendarKeys } from './keys';

export function getCalendar(id: number): Promise<Calendar> {
  return api.get<Calendar>(`/api/calendars/${id}`);
}

/** GET /api/calendars/{id}; idle while no calendar is selected. */
export function useCalendar(id: number | null) {
  return useQuery({
    queryKey: calendarKeys.detail(id ?? -1),
    queryFn: () => getCalendar(id as number),
    enabled: id !== null,
  });
}
