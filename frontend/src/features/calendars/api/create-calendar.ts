import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Calendar, CalendarDefinition } from '../types';
import { calendarKeys } from './keys';

export function createCalendar(definition: CalendarDefinition): Promise<Calendar> {
  return api.post<Calendar>('/api/calendars', definition);
}

/** POST /api/calendars (administrators). Refreshes the lists and primes the new calendar. */
export function useCreateCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCalendar,
    onSuccess: (calendar) => {
      queryClient.setQueryData(calendarKeys.detail(calendar.id), calendar);
      return queryClient.invalidateQueries({ queryKey: calendarKeys.lists });
    },
  });
}
