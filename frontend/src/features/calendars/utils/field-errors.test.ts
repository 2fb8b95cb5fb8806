import { describe, expect, it } from 'vitest';
import { describeField, errorFor } from './field-errors';

const errors = [
  { field: 'week.MONDAY[1]', message: 'overlaps 09:00-12:00' },
  { field: 'week.TUESDAY[0].from', message: 'not a time' },
  { field: 'holidays[0].date', message: 'not a date' },
  { field: null, message: 'something else' },
];

describe('field errors', () => {
  it('finds the errors of an input and of its parts, not of its neighbours', () => {
    expect(errorFor(errors, 'week.MONDAY[1]')).toBe('overlaps 09:00-12:00');
    expect(errorFor(errors, 'week.MONDAY[0]')).toBeUndefined();
    expect(errorFor(errors, 'week.MONDAY[10]')).toBeUndefined();
    expect(errorFor(errors, 'week.TUESDAY[0]')).toBe('not a time');
    expect(errorFor(errors, 'holidays[0].date')).toBe('not a date');
    expect(errorFor(errors, 'holidays[0].name')).toBeUndefined();
  });

  it.each([
    ['zone', 'Time zone'],
    ['week.MONDAY[1]', 'Monday, hours 2'],
    ['week.TUESDAY[0].from', 'Tuesday, hours 1, opens'],
    ['holidays[0].date', 'Holiday 1, date'],
    ['holidays[2].open[0].to', 'Holiday 3, open hours 1, closes'],
    [null, 'Calendar'],
  ])('describes %s as %s', (field, words) => {
    expect(describeField(field)).toBe(words);
  });
});
