import { describe, expect, it } from 'vitest';
import { filtersOf, opsParams, slaParams } from './hooks/use-insight-filters';
import { causeLabel, filterOfGroup, monthsOf, periodLastDay } from './utils';

describe('insight filters', () => {
  it('falls back to the last 90 days and the defaults for anything missing or malformed', () => {
    const filters = filtersOf(
      new URLSearchParams('from=junk&period=YEAR&provider=drop%20table&priority=P9&tier=L2'),
      '2026-12-07',
    );
    expect(filters).toEqual({
      from: '2026-09-09',
      to: '2026-12-07',
      period: 'WEEK',
      groupBy: 'provider',
      kind: null,
      target: null,
      priority: null,
      tier: 'L2',
      provider: null,
    });
  });

  it('refuses a start after the end', () => {
    const filters = filtersOf(new URLSearchParams('from=2026-12-01&to=2026-11-01'), '2026-12-07');
    expect(filters.from).toBe('2026-08-04');
  });

  it('asks the SLA endpoints for an exclusive end and the operations one for an inclusive end', () => {
    const filters = filtersOf(
      new URLSearchParams('from=2026-10-01&to=2026-10-31&period=MONTH&kind=OLA&provider=INTERNAL'),
    );
    expect(slaParams(filters, { withGrouping: true })).toEqual({
      from: '2026-10-01',
      to: '2026-11-01',
      period: 'month',
      groupBy: 'provider',
      kind: 'OLA',
      provider: 'INTERNAL',
    });
    expect(opsParams(filters, { withPeriod: true })).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      period: 'MONTH',
      provider: 'INTERNAL',
    });
  });
});

describe('insight utils', () => {
  it('compares this month so far with the same days of last month', () => {
    expect(monthsOf('2026-12-07')).toEqual({
      thisFrom: '2026-12-01',
      thisTo: '2026-12-07',
      lastFrom: '2026-11-01',
      lastTo: '2026-11-07',
    });
    // March 31st against all of February.
    expect(monthsOf('2027-03-31').lastTo).toBe('2027-02-28');
  });

  it('ends a period at its last day or the range, whichever is first', () => {
    expect(periodLastDay('2026-11-30', 'WEEK', '2026-12-31')).toBe('2026-12-06');
    expect(periodLastDay('2026-11-01', 'MONTH', '2026-11-20')).toBe('2026-11-20');
    expect(periodLastDay('2026-11-01', 'DAY', '2026-11-20')).toBe('2026-11-01');
  });

  it('filters a drill-down to the group clicked', () => {
    expect(filterOfGroup('provider', 'INTERNAL')).toEqual({ provider: 'INTERNAL' });
    expect(filterOfGroup('partner', '7')).toEqual({ kind: 'OLA', provider: '7' });
    expect(filterOfGroup('group', '0')).toEqual({});
    expect(filterOfGroup('application', '12')).toEqual({ applicationId: '12' });
  });

  it('names causes in words', () => {
    expect(causeLabel('PARTNER_L1')).toBe('Partner L1 queue');
    expect(causeLabel('INTERNAL_GROUP')).toBe('Internal queue');
    expect(causeLabel('INTERNAL_VENDOR')).toBe('Internal vendor-escalation queue');
    expect(causeLabel('PENDING_VENDOR')).toBe('Pending vendor');
    expect(causeLabel('IN_PROGRESS')).toBe('In progress');
  });
});
