import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { ApplicationDetail, Gap, Matrix } from '../types';

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
  certifications: [],
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
    peopleNeeded: 5,
    uncoveredHoursPerWeek: 168,
    hoursPerWeek: 168,
    window: '24x7',
    uncovered: [{ fromDay: 'MONDAY', from: '00:00', toDay: 'MONDAY', to: '00:00', hours: 168 }],
    kind: 'LONG_TERM',
    rationale: 'Nobody is at level 3 or above.',
  },
};

const OPEN_REQUESTS =
  'GET /api/staffing-requests?page=0&size=200&sort=createdAt%2Cdesc&status=OPEN';
const PUBLISHED_REQUESTS =
  'GET /api/staffing-requests?page=0&size=200&sort=createdAt%2Cdesc&status=PUBLISHED';

const problem = (body: object) => json(body, 400, 'application/problem+json');

describe('the coverage screen', () => {
  it('shows the status counts and lists gaps with what a staffing request needs', async () => {
    startSession('t', 3600);
    mockFetch({
      'GET /api/me': () => json(LEADER),
      'GET /api/coverage/matrix': () => json(MATRIX),
      'GET /api/coverage/gaps?page=0&size=25': () =>
        json({ items: [GAP], page: 0, size: 25, total: 1 }),
      [OPEN_REQUESTS]: () => json({ items: [], page: 0, size: 200, total: 0 }),
      [PUBLISHED_REQUESTS]: () => json({ items: [], page: 0, size: 200, total: 0 }),
    });
    const user = userEvent.setup();
    renderApp('/coverage');

    expect(await screen.findByRole('heading', { name: 'Coverage', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('Single points of failure')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /Gaps and risks/ }));

    const gap = await screen.findByRole('article', { name: 'Telestroke Network' });
    expect(within(gap).getByText('Nobody is at level 3 or above.')).toBeInTheDocument();
    expect(within(gap).getByText('all week, around the clock')).toBeInTheDocument();
    expect(within(gap).getByRole('button', { name: 'Create staffing request' })).toBeEnabled();
  });

  it('creates a staffing request from a gap, prefilled, showing the server refusal by its field', async () => {
    startSession('t', 3600);
    const posted: unknown[] = [];
    let refuse = true;
    mockFetch({
      'GET /api/me': () => json(LEADER),
      'GET /api/coverage/matrix': () => json(MATRIX),
      'GET /api/coverage/gaps?page=0&size=25': () =>
        json({ items: [GAP], page: 0, size: 25, total: 1 }),
      [OPEN_REQUESTS]: () => json({ items: [], page: 0, size: 200, total: 0 }),
      [PUBLISHED_REQUESTS]: () => json({ items: [], page: 0, size: 200, total: 0 }),
      'POST /api/staffing-requests': (init) => {
        posted.push(JSON.parse(init?.body as string));
        if (refuse) {
          refuse = false;
          return problem({
            status: 400,
            title: 'Bad Request',
            errors: [{ field: 'endsOn', message: 'a temporary request needs an end date' }],
          });
        }
        return json({ id: 9, title: 'Level 3+ support for Telestroke Network' }, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/coverage?tab=gaps');

    const gap = await screen.findByRole('article', { name: 'Telestroke Network' });
    await user.click(within(gap).getByRole('button', { name: 'Create staffing request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create staffing request' });
    expect(within(dialog).getByLabelText('People needed')).toHaveValue('5');
    expect(within(dialog).getByLabelText('Hours a week, in total')).toHaveValue('168');
    expect(within(dialog).getByLabelText('Support window')).toHaveValue('24x7');

    await user.click(within(dialog).getByRole('button', { name: 'Create request' }));
    expect(
      await within(dialog).findByText('a temporary request needs an end date'),
    ).toBeInTheDocument();
    expect(posted[0]).toMatchObject({
      applicationIds: [12],
      minimumLevel: 3,
      peopleNeeded: 5,
      hoursPerWeek: 168,
      kind: 'LONG_TERM',
      endsOn: null,
      rationale: 'Nobody is at level 3 or above.',
    });

    await user.click(within(dialog).getByRole('button', { name: 'Create request' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posted).toHaveLength(2);
  });

  it('offers the same staffing request in the gap panel as in the gap list', async () => {
    startSession('t', 3600);
    const detail: ApplicationDetail = {
      summary: {
        id: 12,
        name: 'Telestroke Network',
        vendor: 'Teladoc Health',
        category: 'TELEHEALTH',
        criticality: 1,
        lifecycle: 'ACTIVE',
        calendarId: 1,
        calendar: '24x7',
        zone: 'America/Chicago',
        status: 'GAP',
        busFactor: 0,
        experts: [],
        requiredHours: 168,
        coveredHours: 0,
        windowCoverage: 0,
        uncovered: GAP.request.uncovered,
        tickets30: 5,
        tickets90: 14,
        medianTurnaroundHours: null,
      },
      week: 'U'.repeat(168),
      people: [],
      gap: GAP,
    };
    mockFetch({
      'GET /api/me': () => json(LEADER),
      'GET /api/coverage/matrix': () => json(MATRIX),
      'GET /api/coverage/applications/12': () => json(detail),
      [OPEN_REQUESTS]: () => json({ items: [], page: 0, size: 200, total: 0 }),
      [PUBLISHED_REQUESTS]: () => json({ items: [], page: 0, size: 200, total: 0 }),
    });
    const user = userEvent.setup();
    renderApp('/coverage?application=12');

    const reasons = await screen.findByRole('region', { name: 'Why it is at risk' });
    expect(within(reasons).getByText('Nobody is at level 3 or above.')).toBeInTheDocument();
    await user.click(within(reasons).getByRole('button', { name: 'Create staffing request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create staffing request' });
    expect(within(dialog).getByLabelText('People needed')).toHaveValue('5');
    expect(within(dialog).getByLabelText('Hours a week, in total')).toHaveValue('168');
  });

  it('sends "People needed 0" as typed and shows the refusal beside it, not a silent 1', async () => {
    startSession('t', 3600);
    const posted: { peopleNeeded?: unknown }[] = [];
    mockFetch({
      'GET /api/me': () => json(LEADER),
      'GET /api/coverage/matrix': () => json(MATRIX),
      'GET /api/coverage/gaps?page=0&size=25': () =>
        json({ items: [GAP], page: 0, size: 25, total: 1 }),
      [OPEN_REQUESTS]: () => json({ items: [], page: 0, size: 200, total: 0 }),
      [PUBLISHED_REQUESTS]: () => json({ items: [], page: 0, size: 200, total: 0 }),
      'POST /api/staffing-requests': (init) => {
        posted.push(JSON.parse(init?.body as string) as { peopleNeeded?: unknown });
        return problem({
          status: 400,
          title: 'Bad Request',
          errors: [{ field: 'peopleNeeded', message: 'must be greater than or equal to 1' }],
        });
      },
    });
    const user = userEvent.setup();
    renderApp('/coverage?tab=gaps');

    const gap = await screen.findByRole('article', { name: 'Telestroke Network' });
    await user.click(within(gap).getByRole('button', { name: 'Create staffing request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create staffing request' });
    const people = within(dialog).getByLabelText('People needed');
    await user.clear(people);
    await user.type(people, '0');
    await user.tab();
    expect(people).toHaveValue('0');

    await user.click(within(dialog).getByRole('button', { name: 'Create request' }));
    expect(
      await within(dialog).findByText('must be greater than or equal to 1'),
    ).toBeInTheDocument();
    expect(people).toHaveAccessibleDescription('must be greater than or equal to 1');
    expect(posted[0]?.peopleNeeded).toBe(0);
  });
});
