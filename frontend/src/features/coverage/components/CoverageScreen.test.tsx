import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { Gap, Matrix } from '../types';

const LEADER = {
  username: 'leader',
  displayName: 'Maria Chen',
  roles: ['it-leader'],
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
};

const MATRIX: Matrix = {
  revision: 3,
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
  counts: { good: 4, risk: 7, gap: 2 },
  applications: [],
  staff: [],
  cells: [],
};

const GAP: Gap = {
  applicationId: 12,
  name: 'Telestroke Network',
  vendor: 'Teladoc Health',
  category: 'TELEHEALTH',
  criticality: 1,
  status: 'GAP',
  reasons: ['Nobody is at level 3 or above.'],
  busFactor: 0,
  experts: [],
  requiredHours: 168,
  coveredHours: 0,
  windowCoverage: 0,
  calendar: '24x7',
  tickets90: 14,
  request: {
    applicationIds: [12],
    minimumLevel: 3,
    peopleNeeded: 2,
    uncoveredHoursPerWeek: 168,
    window: '24x7',
    uncovered: [{ fromDay: 'MONDAY', from: '00:00', toDay: 'MONDAY', to: '00:00', hours: 168 }],
    kind: 'LONG_TERM',
    rationale: 'Nobody is at level 3 or above.',
  },
};

describe('the coverage screen', () => {
  it('shows the status counts and lists gaps with what a staffing request needs', async () => {
    startSession('t', 3600);
    mockFetch({
      'GET /api/me': () => json(LEADER),
      'GET /api/coverage/matrix': () => json(MATRIX),
      'GET /api/coverage/gaps?page=0&size=25': () =>
        json({ items: [GAP], page: 0, size: 25, total: 1 }),
    });
    const user = userEvent.setup();
    renderApp('/coverage');

    expect(await screen.findByRole('heading', { name: 'Coverage', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('Single points of failure')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /Gaps and risks/ }));

    const gap = await screen.findByRole('article', { name: 'Telestroke Network' });
    expect(within(gap).getByText('Nobody is at level 3 or above.')).toBeInTheDocument();
    expect(within(gap).getByText('all week, around the clock')).toBeInTheDocument();
    expect(within(gap).getByRole('button', { name: 'Create staffing request' })).toBeDisabled();
  });
});
