import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { errorOf, fieldErrors } from './field-errors';

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
