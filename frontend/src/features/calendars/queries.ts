// The calendars' query hooks for other features. Apart from index.ts so that importing them never
// pulls the calendar screens into the importer's chunk.
export { useCalendarChoices, type CalendarChoice } from './api/get-calendars';
