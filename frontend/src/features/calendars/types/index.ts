/** The days of a calendar's week, as the backend names them (java.time.DayOfWeek). */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Opening hours, "HH:mm" to "HH:mm" in the calendar's zone. An interval whose `to` is not after
 * `from` runs past midnight (22:00–06:00); 00:00–00:00 is the whole day.
 */
export interface Interval {
  from: string;
  to: string;
}

export interface Holiday {
  /** YYYY-MM-DD in the calendar's zone. */
  date: string;
  name: string;
  /** Reduced opening hours on that day, or null when closed all day. */
  open: Interval[] | null;
}

/** What POST /api/calendars takes and every calendar carries. Days left out are closed. */
export interface CalendarDefinition {
  name: string;
  /** IANA time zone, e.g. America/New_York. */
  zone: string;
  week: Partial<Record<Weekday, Interval[]>>;
  holidays: Holiday[];
}

/** GET /api/calendars/{id}. */
export interface Calendar {
  id: number;
  name: string;
  zone: string;
  definition: CalendarDefinition;
}

/** GET /api/calendars. */
export interface CalendarPage {
  items: Calendar[];
  page: number;
  size: number;
  total: number;
}

export interface CalendarListParams {
  page: number;
  size: number;
  q: string;
}

/** POST /api/calendars/{id}/deadline: ISO-8601 instant and duration (business time). */
export interface DeadlineRequest {
  start: string;
  duration: string;
}

export interface DeadlineResponse {
  deadline: string;
}

/** One entry of a 400 problem's `errors`: a path such as `week.MONDAY[1]` and what is wrong. */
export type { FieldError } from '@/lib/field-errors';
