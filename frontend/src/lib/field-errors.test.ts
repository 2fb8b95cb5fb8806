import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { errorOf, fieldErrors, fieldErrorsOf } from './field-errors';

const problem = (errors: unknown[]) =>
  new ApiError({ status: 400, title: 'Bad Request', detail: 'x', problem: { errors } });

describe('fieldErrors', () => {
  it('reads fields named by the rules and fields named inside validation messages', () => {
    const errors = fieldErrors(
      problem([
        { field: 'endsOn', message: 'must not be before the start date' },
        { field: null, message: 'body.minimumLevel: must be less than or equal to 4' },
        { field: 'applicationIds[0]', message: 'no application 9' },
        { field: null, message: 'Something general' },
      ]),
    );
    expect(errors).toEqual({
      endsOn: 'must not be before the start date',
      minimumLevel: 'must be less than or equal to 4',
      'applicationIds[0]': 'no application 9',
      '': 'Something general',
    });
    expect(errorOf(errors, 'applicationIds')).toBe('no application 9');
    expect(errorOf(errors, 'startsOn')).toBeUndefined();
  });

  it('keeps a problem without field errors as a general message', () => {
    expect(
      fieldErrors(new ApiError({ status: 409, title: 'Conflict', detail: 'already cancelled' })),
    ).toEqual({ '': 'already cancelled' });
    expect(fieldErrors(new Error('boom'))).toEqual({});
  });
});

describe('fieldErrorsOf', () => {
  it('keeps paths, drops the body prefix, and reads a field named in the message or the detail', () => {
    expect(
      fieldErrorsOf(
        problem([
          { field: 'holidays[0].date', message: 'not a date' },
          { field: 'body.reference', message: 'must not be blank' },
          { field: null, message: 'body.items[3].name: must not be blank' },
          { message: 'Something general' },
          { field: 'ignored', message: 7 },
        ]),
      ),
    ).toEqual([
      { field: 'holidays[0].date', message: 'not a date' },
      { field: 'reference', message: 'must not be blank' },
      { field: 'items[3]', message: 'must not be blank' },
      { field: null, message: 'Something general' },
    ]);
    expect(
      fieldErrorsOf(new ApiError({ status: 400, title: 'x', detail: 'from: not an instant' })),
    ).toEqual([{ field: 'from', message: 'not an instant' }]);
    expect(
      fieldErrorsOf(new ApiError({ status: 409, title: 'Conflict', detail: 'stale' })),
    ).toEqual([]);
    expect(fieldErrorsOf(new Error('from: no'))).toEqual([]);
  });
});
