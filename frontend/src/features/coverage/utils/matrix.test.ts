import { describe, expect, it } from 'vitest';
import type { ApplicationSummary, Matrix, PersonSummary } from '../types';
import {
  NO_FILTERS,
  categoryLabel,
  certificationIndex,
  certificationNote,
  formatRange,
  hours,
  levelIndex,
  visibleMatrix,
} from './matrix';

function app(id: number, name: string, status: ApplicationSummary['status'], extra = {}) {
  return {
    id,
    name,
    vendor: 'Epic Systems',
    category: 'EHR',
    criticality: 1,
    lifecycle: 'LIVE',
    calendarId: 1,
    calendar: '24x7',
    zone: 'America/New_York',
    status,
    busFactor: 1,
    experts: [],
    requiredHours: 168,
    coveredHours: 60,
    windowCoverage: 0.357,
    uncovered: [],
    tickets30: 0,
    tickets90: 0,
    medianTurnaroundHours: null,
    ...extra,
  } satisfies ApplicationSummary;
}

function person(id: number, name: string, extra: Partial<PersonSummary> = {}): PersonSummary {
  return {
    id,
    name,
    email: null,
    kind: 'INTERNAL',
    employer: 'Riverside Health',
    team: 'Imaging',
    zone: 'America/New_York',
    capacityHours: 40,
    shiftHours: 40,
    loadHours: 10,
    loadRatio: 0.25,
    overloadedWeeks: 0,
    burnout: false,
    soleCover: [],
    applications: 1,
    medianTurnaroundHours: null,
    expiringCertifications: 0,
    expiredCertifications: 0,
    ...extra,
  };
}

const MATRIX: Matrix = {
  revision: 1,
  generatedAt: '2026-11-23T12:00:00Z',
  gridStart: '2026-11-23T00:00:00Z',
  rules: {
    expertLevel: 3,
    goodMinExperts: 2,
    gapMaxExperts: 0,
    goodMinWindow: 1,
    gapMaxWindow: 0,
    burnoutLoadRatio: 1.1,
    burnoutWeeks: 4,
    burnoutOutOf: 6,
  },
  counts: { good: 1, risk: 1, gap: 1 },
  applications: [
    app(1, 'Epic Willow', 'GOOD'),
    app(2, 'PACS', 'GAP', { category: 'IMAGING' }),
    app(3, 'Epic Beaker', 'RISK'),
  ],
  staff: [
    person(10, 'Zoe', { team: 'Clinical Applications' }),
    person(11, 'Ann', { kind: 'CONTRACTED', team: 'Apex' }),
    person(12, 'Bob', { team: 'Imaging' }),
  ],
  cells: [1, 10, 4, 3, 11, 3, 2, 12, 2, 3, 12, 0],
  certifications: [],
};

describe('the coverage matrix view', () => {
  const levels = levelIndex(MATRIX.cells);

  it('indexes levels by application and person', () => {
    expect(levels.get(1)?.get(10)).toBe(4);
    expect(levels.get(3)?.get(12)).toBe(0);
    expect(levels.get(99)).toBeUndefined();
  });

  it('puts the worst applications first and only people who know them', () => {
    const { rows, columns } = visibleMatrix(MATRIX, levels, NO_FILTERS);
    expect(rows.map((r) => r.name)).toEqual(['PACS', 'Epic Beaker', 'Epic Willow']);
    expect(columns.map((c) => c.name)).toEqual(['Ann', 'Zoe', 'Bob']);
  });

  it('filters by category, status and kind of staff', () => {
    expect(
      visibleMatrix(MATRIX, levels, { ...NO_FILTERS, category: 'IMAGING' }).rows.map((r) => r.id),
    ).toEqual([2]);
    const risk = visibleMatrix(MATRIX, levels, { ...NO_FILTERS, status: 'RISK' });
    expect(risk.rows.map((r) => r.id)).toEqual([3]);
    expect(risk.columns.map((c) => c.id)).toEqual([11]); // Bob's level 0 does not count
    expect(
      visibleMatrix(MATRIX, levels, { ...NO_FILTERS, kind: 'CONTRACTED' }).columns.map((c) => c.id),
    ).toEqual([11]);
  });

  it('keeps a person whose expired certification counts 0 in view, and says why', () => {
    const expired = {
      applicationId: 3,
      staffId: 12,
      level: 4,
      certification: 'Hamilton C6 service training',
      expiresOn: '2026-11-01',
      state: 'EXPIRED' as const,
    };
    const matrix = { ...MATRIX, certifications: [expired] };
    const risk = visibleMatrix(matrix, levels, { ...NO_FILTERS, status: 'RISK' });
    expect(risk.columns.map((c) => c.id)).toEqual([11, 12]);
    expect(certificationIndex(matrix.certifications).get(3)?.get(12)).toBe(expired);
    expect(certificationNote(expired)).toBe(
      'Hamilton C6 service training expired on 2026-11-01: counts as level 0 until renewed',
    );
    expect(certificationNote({ ...expired, state: 'EXPIRING', expiresOn: '2026-12-01' })).toBe(
      'Hamilton C6 service training expires soon, on 2026-12-01',
    );
    expect(categoryLabel('CLINICAL_DEVICE')).toBe('Clinical devices');
    expect(categoryLabel('MEDICAL_DEVICE')).toBe('medical device');
  });

  it('shows what-if statuses instead of the current ones', () => {
    const overrides = new Map([[1, 'GAP' as const]]);
    const { rows } = visibleMatrix(MATRIX, levels, { ...NO_FILTERS, status: 'GAP' }, overrides);
    expect(rows.map((r) => r.id)).toEqual([1, 2]);
  });

  it('writes uncovered hours as a reader says them', () => {
    expect(
      formatRange({ fromDay: 'MONDAY', from: '19:00', toDay: 'TUESDAY', to: '07:00', hours: 12 }),
    ).toBe('Mon 19:00 – Tue 07:00');
    expect(
      formatRange({ fromDay: 'SATURDAY', from: '00:00', toDay: 'SATURDAY', to: '07:00', hours: 7 }),
    ).toBe('Sat 00:00–07:00');
    expect(
      formatRange({ fromDay: 'FRIDAY', from: '19:00', toDay: 'SATURDAY', to: '00:00', hours: 5 }),
    ).toBe('Fri 19:00–24:00');
    expect(
      formatRange({ fromDay: 'MONDAY', from: '06:00', toDay: 'MONDAY', to: '05:00', hours: 167 }),
    ).toBe('Mon 06:00 – Mon 05:00');
    expect(
      formatRange({ fromDay: 'MONDAY', from: '00:00', toDay: 'MONDAY', to: '00:00', hours: 168 }),
    ).toBe('all week, around the clock');
    expect(hours(null)).toBe('—');
    expect(hours(3.25)).toBe('3 h 15 min');
    expect(hours(72)).toBe('3 d');
  });
});
