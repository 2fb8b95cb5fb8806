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

/** A tenant has a handful of calendars: one page of 200 is all of them. */
const EVERY: CalendarListParams = { page: 0, size: 200, q: '' };

/** What a form needs to offer a calendar. */
export interface CalendarChoice {
  id: number;
  name: string;
  zone: string;
}

function choices(page: CalendarPage): CalendarChoice[] {
  return page.items.map(({ id, name, zone }) => ({ id, name, zone }));
}

/** GET /api/calendars, every one, as choices for a form (applications, SLA policies, OLAs). */
export function useCalendarChoices() {
  return useQuery({
    queryKey: calendarKeys.list(EVERY),
    queryFn: () => getCalendars(EVERY),
    select: choices,
    staleTime: 60_000,
  });
}
