import type { FieldError } from '@/lib/field-errors';
import { WEEKDAYS, type Weekday } from '../types';
import { DAY_LONG } from './week';

/**
 * The messages for one input. `path` is the input's own path (`zone`, `holidays[0].date`,
 * `week.MONDAY[1]`); an error on a part of it (`week.MONDAY[1].from`) belongs to it too.
 */
export function messagesFor(errors: readonly FieldError[], path: string): string[] {
  return errors
    .filter(
      (error) =>
        error.field !== null && (error.field === path || error.field.startsWith(`${path}.`)),
    )
    .map((error) => error.message);
}

/** The message for one input as Mantine's `error` prop wants it, or undefined. */
export function errorFor(errors: readonly FieldError[], path: string): string | undefined {
  const messages = messagesFor(errors, path);
  return messages.length ? messages.join('; ') : undefined;
}

/** "Monday, hours 2, start", "Holiday 1, date", "Time zone": a field path in words. */
export function describeField(field: string | null): string {
  if (field === null) return 'Calendar';
  if (field === 'name') return 'Name';
  if (field === 'zone') return 'Time zone';
  const parts: string[] = [];
  const week = /^week\.([A-Z]+)(?:\[(\d+)\])?(?:\.(from|to))?$/i.exec(field);
  if (week && (WEEKDAYS as readonly string[]).includes((week[1] ?? '').toUpperCase())) {
    parts.push(DAY_LONG[(week[1] ?? '').toUpperCase() as Weekday]);
    if (week[2] !== undefined) parts.push(`hours ${Number(week[2]) + 1}`);
    if (week[3]) parts.push(week[3] === 'from' ? 'opens' : 'closes');
    return parts.join(', ');
  }
  const holiday = /^holidays\[(\d+)\](?:\.(date|name|open))?(?:\[(\d+)\])?(?:\.(from|to))?$/.exec(
    field,
  );
  if (holiday) {
    parts.push(`Holiday ${Number(holiday[1]) + 1}`);
    if (holiday[2] && holiday[2] !== 'open') parts.push(holiday[2]);
    if (holiday[2] === 'open') parts.push(`open hours ${Number(holiday[3] ?? 0) + 1}`);
    if (holiday[4]) parts.push(holiday[4] === 'from' ? 'opens' : 'closes');
    return parts.join(', ');
  }
  return field;
}
