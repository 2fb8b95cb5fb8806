import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CalendarListParams, CalendarPage } from '../types';
import { calendarKeys } from './keys';

export function getCalendars({ page, size, q }: CalendarListParams): Promise<CalendarPage> {
  const query = new URLSearchParams({ page: String(page), size: String(size) });
  if (q.trim()) query.set('q', q.trim());
  return api.get<CalendarPage>(`/api/calendars?${query.toString()}`);
}

/** GET /api/calendars: one page, filtered by name. Keeps the last page while the next loads. */
export function useCalendars(params: CalendarListParams) {
  return useQuery({
    queryKey: calendarKeys.list(params),
    queryFn: () => getCalendars(params),
    placeholderData: keepPreviousData,
  });
}
