import type { CalendarListParams, DeadlineRequest } from '../types';

export const calendarKeys = {
  all: ['calendars'] as const,
  lists: ['calendars', 'list'] as const,
  list: (params: CalendarListParams) => ['calendars', 'list', params] as const,
  detail: (id: number) => ['calendars', 'detail', id] as const,
  deadline: (id: number, request: DeadlineRequest) =>
    ['calendars', 'deadline', id, request] as const,
  elapsed: (id: number, from: string, to: string) =>
    ['calendars', 'elapsed', id, from, to] as const,
};
