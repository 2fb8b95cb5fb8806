export { BusinessCalendars } from './components/BusinessCalendars';
export type { Calendar, CalendarDefinition } from './types';
