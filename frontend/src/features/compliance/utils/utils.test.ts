import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import { apiQuery, filtersFromSearch, filtersToSearch, rangeError } from './filters';
import { fieldLabels, isExternal } from './labels';
import { errorFor, fieldErrorsOf, otherErrors, plainMessage } from './problems';

describe('log filters in the address', () => {
  it('round-trip, counting pages from 1 for people and from 0 for the API', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('from=2026-11-01&to=2026-11-02&user=agent&ticket=INC-000001&page=3'),
    );
    expect(filters).toEqual({
      from: '2026-11-01',
      to: '2026-11-02',
      username: 'agent',
      ticket: 'INC-000001',
      page: 2,
    });
    expect(filtersToSearch(filters, new URLSearchParams('view=log')).toString()).toBe(
      'view=log&from=2026-11-01&to=2026-11-02&user=agent&ticket=INC-000001&page=3',
    );
    expect(apiQuery(filters).get('page')).toBe('2');
  });

  it('drop empty filters and nonsense pages', () => {
    expect(filtersFromSearch(new URLSearchParams('page=-4')).page).toBe(0);
    expect(filtersFromSearch(new URLSearchParams('page=abc')).page).toBe(0);
    const query = apiQuery({ from: '', to: '', username: '  ', ticket: '', page: 0 }, false);
    expect(query.toString()).toBe('');
  });

  it('pass a non-date on, so the server can name it', () => {
    expect(
      apiQuery({ from: 'yesterday', to: '', username: '', ticket: '', page: 0 }).get('from'),
    ).toBe('yesterday');
  });

  it('spot a backwards range', () => {
    expect(rangeError({ from: '2026-11-02', to: '2026-11-01' })).toMatch(/before the start/);
    expect(rangeError({ from: '2026-11-01', to: '2026-11-01' })).toBeUndefined();
  });
});

describe('field errors of a refusal', () => {
  const refusal = (problem: Record<string, unknown>) =>
    new ApiError({ status: 400, title: 'Bad Request', problem });

  it('take the last part of a path and the prefix of a message without one', () => {
    const errors = fieldErrorsOf(
      refusal({
        errors: [
          { field: 'list.username', message: 'size must be between 0 and 100' },
          { field: null, message: 'from: an ISO-8601 instant' },
          { message: 'Something about the whole request' },
        ],
      }),
    );
    expect(errors).toEqual([
      { field: 'username', message: 'size must be between 0 and 100' },
      { field: 'from', message: 'an ISO-8601 instant' },
      { field: null, message: 'Something about the whole request' },
    ]);
    expect(errorFor(errors, 'username', 'user')).toBe('size must be between 0 and 100');
    expect(otherErrors(errors, ['username', 'from'])).toHaveLength(1);
  });

  it('speak of days and partners, not of field names', () => {
    expect(plainMessage('must not be before effectiveFrom')).toBe(
      'must not be before the first day',
    );
  });

  it('read a field from the detail when there is no list', () => {
    expect(
      fieldErrorsOf(new ApiError({ status: 400, title: 'x', detail: 'to: not an instant' })),
    ).toEqual([{ field: 'to', message: 'not an instant' }]);
    expect(fieldErrorsOf(new Error('to: no'))).toEqual([]);
  });
});

describe('labels', () => {
  it('name the PHI fields in words, as a string or a list', () => {
    expect(fieldLabels('title,description')).toEqual(['Title', 'Description']);
    expect(fieldLabels(['comments', 'lab_results'])).toEqual(['Comments', 'Lab results']);
  });

  it('mark readers from another organisation or the partner portal', () => {
    const entry = { organizationId: 1, channel: 'API' } as Parameters<typeof isExternal>[0];
    expect(isExternal(entry, 1)).toBe(false);
    expect(isExternal({ ...entry, organizationId: 4 }, 1)).toBe(true);
    expect(isExternal({ ...entry, channel: 'PARTNER_PORTAL' }, null)).toBe(true);
    // The server's own word wins where it gives one.
    expect(isExternal({ ...entry, organizationId: 4, partner: false }, 1)).toBe(false);
    expect(isExternal({ ...entry, partner: true }, 1)).toBe(true);
  });
});
