import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import type { GoLive, PlanEntry } from '../types';

const GRACE: PlanEntry = {
  id: 1,
  staffId: 9,
  name: 'Grace Liu',
  kind: 'INTERNAL',
  employer: 'Riverside Health',
  tier: 'L2',
  startsAt: '2026-12-15T13:00:00Z',
  endsAt: '2026-12-16T01:00:00Z',
  hours: 12,
  role: 'Command-center lead, day shift',
  createdBy: 'leader',
  createdAt: '2026-12-01T10:00:00Z',
};

const BIANCA: PlanEntry = {
  ...GRACE,
  id: 2,
  staffId: 21,
  name: 'Bianca Rossi',
  kind: 'CONTRACTED',
  employer: 'Northwind Managed Services',
  tier: 'L1',
  role: 'Night floor support',
};

const SUMMARY: GoLive = {
  id: 3,
  application: { id: 5, name: 'Epic Willow (Pharmacy)', category: 'EHR' },
  kind: 'UPGRADE',
  title: 'Willow upgrade',
  status: 'PLANNED',
  startsOn: '2026-12-15',
  endsOn: '2026-12-21',
  notes: 'Pharmacy module upgrade',
  staffingRequest: null,
  createdBy: 'leader',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  version: 2,
};

const WILLOW: GoLive = {
  ...SUMMARY,
  estimate: {
    baselinePerDay: 0.96,
    expectedPerDay: 3.55,
    multiplier: 3.7,
    basis: 'CATEGORY',
    method: 'RATIO',
    daysBefore: 28,
    daysAfter: 7,
    history: [
      {
        applicationId: 13,
        application: 'Epic Haiku / Rover (Mobile)',
        wentLiveOn: '2026-11-24',
        kind: 'GO_LIVE',
        beforePerDay: 0.32,
        afterPerDay: 11.29,
        ratio: 5,
        capped: true,
      },
      {
        applicationId: 4,
        application: 'Epic Cadence (Scheduling)',
        wentLiveOn: '2026-09-22',
        kind: 'UPGRADE',
        beforePerDay: 2.1,
        afterPerDay: 5.1,
        ratio: 2.43,
        capped: false,
      },
    ],
  },
  plan: [GRACE, BIANCA],
  coverage: {
    from: '2026-12-15T05:00:00Z',
    until: '2026-12-22T05:00:00Z',
    windowHours: 168,
    effortHoursPerTicket: 1,
    before: {
      status: 'RISK',
      busFactor: 1,
      requiredHours: 168,
      coveredHours: 74,
      windowCoverage: 0.44,
      tickets: 6.72,
      loadHours: 6.72,
      commandCenterHours: 0,
    },
    after: {
      status: 'GAP',
      busFactor: 1,
      requiredHours: 168,
      coveredHours: 86,
      windowCoverage: 0.51,
      tickets: 24.85,
      loadHours: 24.85,
      commandCenterHours: 24,
    },
    stillShort: {
      surgeHours: 18.13,
      surgeHoursLeft: 0,
      uncoveredHours: 82,
      shortHours: 82,
      hoursPerWeek: 82,
      expertsShort: 1,
      peopleNeeded: 3,
      reasons: ['82 hours of the support window have no expert on shift'],
    },
  },
  history: [
    {
      action: 'CREATED',
      actor: 'leader',
      actorName: 'Maria Chen',
      at: '2026-12-01T10:00:00Z',
      detail: null,
    },
  ],
};

type Handler = (init: RequestInit | undefined, url: string) => Response;

/** A backend answering by method and path (any query string), recording what was asked. */
function backend(roles: string[], handlers: Record<string, Handler>) {
  startSession('t', 3600);
  const calls: { key: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const key = `${init?.method ?? 'GET'} ${url.split('?')[0]}`;
      calls.push({
        key,
        url,
        body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      });
      const all: Record<string, Handler> = {
        'GET /api/me': () =>
          json({
            username: 'leader',
            displayName: 'Maria Chen',
            roles,
            organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
          }),
        ...handlers,
      };
      const handler = all[key];
      if (!handler) return Promise.reject(new Error(`Unexpected request in test: ${key}`));
      return Promise.resolve(handler(init, url));
    }),
  );
  return calls;
}

describe('the go-lives screens', { timeout: 30_000 }, () => {
  it('lists go-lives, filters by status and shows an empty state', async () => {
    const user = userEvent.setup();
    const calls = backend(['it-leader'], {
      'GET /api/go-lives': (_init, url) =>
        url.includes('status=DONE')
          ? json({ items: [], page: 0, size: 20, total: 0 })
          : json({ items: [SUMMARY], page: 0, size: 20, total: 1 }),
    });
    renderApp('/marketplace/go-lives');
    const table = await screen.findByRole('table', { name: 'Go-lives' });
    expect(within(table).getByRole('link', { name: 'Willow upgrade' })).toHaveAttribute(
      'href',
      '/marketplace/go-lives/3',
    );
    expect(within(table).getByText('Epic Willow (Pharmacy)')).toBeInTheDocument();
    expect(within(table).getByText('Planned')).toBeInTheDocument();
    expect(calls.some((c) => c.url.includes('sort=startsOn%2Cdesc'))).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'Done' }));
    expect(await screen.findByText('No done go-lives')).toBeInTheDocument();
    expect(calls.at(-1)?.url).toContain('status=DONE');
  });

  it('shows the surge estimate with its history, the plan and the coverage', async () => {
    backend(['it-leader'], { 'GET /api/go-lives/3': () => json(WILLOW) });
    renderApp('/marketplace/go-lives/3');
    expect(await screen.findByRole('heading', { name: 'Willow upgrade' })).toBeInTheDocument();

    const surge = screen.getByRole('region', { name: 'Expected surge' });
    expect(within(surge).getByText('0.96 / day')).toBeInTheDocument();
    expect(within(surge).getByText('3.55 / day')).toBeInTheDocument();
    expect(within(surge).getByText('× 3.7')).toBeInTheDocument();
    expect(within(surge).getByText(/category \(CATEGORY, RATIO\)/)).toBeInTheDocument();
    const history = within(surge).getByRole('table', { name: 'Surge history' });
    const haiku = within(history).getByText('Epic Haiku / Rover (Mobile)').closest('tr')!;
    expect(within(haiku).getByText('0.32')).toBeInTheDocument();
    expect(within(haiku).getByText('11.29')).toBeInTheDocument();
    expect(within(haiku).getByText('capped')).toBeInTheDocument();
    const cadence = within(history).getByText('Epic Cadence (Scheduling)').closest('tr')!;
    expect(within(cadence).queryByText('capped')).not.toBeInTheDocument();

    const plan = screen.getByRole('table', { name: 'Command-center plan' });
    const grace = within(plan).getByText('Grace Liu').closest('tr')!;
    expect(within(grace).getByText('Internal')).toBeInTheDocument();
    expect(within(grace).getByText('L2')).toBeInTheDocument();
    expect(within(grace).getByText('12')).toBeInTheDocument();
    const bianca = within(plan).getByText('Bianca Rossi').closest('tr')!;
    expect(within(bianca).getByText('Contracted')).toBeInTheDocument();
    expect(within(bianca).getByText('Northwind Managed Services')).toBeInTheDocument();

    const coverage = screen.getByRole('table', { name: 'Coverage before and after' });
    expect(within(coverage).getByText('RISK')).toBeInTheDocument();
    expect(within(coverage).getByText('GAP')).toBeInTheDocument();
    expect(within(coverage).getByText('74 / 168 (44 %)')).toBeInTheDocument();
    expect(
      screen.getByText('82 hours of the support window have no expert on shift'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('adds someone to the plan and removes an entry', async () => {
    const user = userEvent.setup();
    const added: PlanEntry = {
      ...GRACE,
      id: 7,
      staffId: 12,
      name: 'Dev Patel',
      tier: 'L3',
      role: 'Pharmacy interfaces',
    };
    const calls = backend(['it-leader'], {
      'GET /api/go-lives/3': () => json(WILLOW),
      'GET /api/staff': () =>
        json({
          items: [{ id: 12, name: 'Dev Patel', employer: 'Riverside Health', kind: 'INTERNAL' }],
          page: 0,
          size: 50,
          total: 1,
        }),
      'POST /api/go-lives/3/plan': () =>
        json({ ...WILLOW, version: 3, plan: [GRACE, BIANCA, added] }, 201),
      'DELETE /api/go-lives/3/plan/2': () => json({ ...WILLOW, version: 4, plan: [GRACE, added] }),
    });
    renderApp('/marketplace/go-lives/3');
    await user.click(await screen.findByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to the command-center plan' });
    await pick(user, within(dialog).getByRole('combobox', { name: 'Staff member' }), /Dev Patel/);
    await pick(user, within(dialog).getByRole('combobox', { name: 'Tier' }), /L3/);
    await user.type(within(dialog).getByRole('textbox', { name: 'Role' }), 'Pharmacy interfaces');
    await user.click(within(dialog).getByRole('button', { name: 'Add to plan' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: /command-center plan/ })).not.toBeInTheDocument(),
    );
    const post = calls.find((c) => c.key === 'POST /api/go-lives/3/plan');
    expect(post?.body).toMatchObject({
      staffId: 12,
      name: null,
      tier: 'L3',
      role: 'Pharmacy interfaces',
      startsAt: '2026-12-15T05:00:00.000Z',
      endsAt: '2026-12-15T17:00:00.000Z',
    });
    const plan = screen.getByRole('table', { name: 'Command-center plan' });
    expect(within(plan).getByText('Dev Patel')).toBeInTheDocument();

    await user.click(within(plan).getByRole('button', { name: 'Remove Bianca Rossi' }));
    await waitFor(() => expect(within(plan).queryByText('Bianca Rossi')).not.toBeInTheDocument());
  });

  it('shows a plan entry outside the window refused at its field', async () => {
    const user = userEvent.setup();
    backend(['it-leader'], {
      'GET /api/go-lives/3': () => json(WILLOW),
      'GET /api/staff': () => json({ items: [], page: 0, size: 50, total: 0 }),
      'POST /api/go-lives/3/plan': () =>
        json(
          {
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            detail: 'The request was refused',
            errors: [{ field: 'endsAt', message: 'must be inside the event’s window' }],
          },
          400,
          'application/problem+json',
        ),
    });
    renderApp('/marketplace/go-lives/3');
    await user.click(await screen.findByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to the command-center plan' });
    await user.click(within(dialog).getByRole('radio', { name: 'Someone without a staff record' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Epic floor walker');
    await user.click(within(dialog).getByRole('button', { name: 'Add to plan' }));
    expect(
      await within(dialog).findByText('must be inside the event’s window'),
    ).toBeInTheDocument();
  });

  it('opens a staffing request for what is short and links to it', async () => {
    const user = userEvent.setup();
    let opened = false;
    const calls = backend(['it-leader'], {
      'GET /api/go-lives/3': () =>
        json(
          opened
            ? {
                ...WILLOW,
                staffingRequest: { id: 9, title: 'Go-live surge: Epic Willow', status: 'OPEN' },
              }
            : WILLOW,
        ),
      'POST /api/go-lives/3/staffing-request': () => {
        opened = true;
        return json({ id: 9, title: 'Go-live surge: Epic Willow', status: 'OPEN' }, 201);
      },
    });
    renderApp('/marketplace/go-lives/3');
    await user.click(
      await screen.findByRole('button', { name: 'Open staffing request for what is short' }),
    );
    const alert = await screen.findByRole('alert', { name: /Staffing request opened/ });
    expect(within(alert).getByRole('link', { name: 'Go-live surge: Epic Willow' })).toHaveAttribute(
      'href',
      '/marketplace',
    );
    expect(calls.filter((c) => c.key === 'POST /api/go-lives/3/staffing-request')).toHaveLength(1);
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Open staffing request for what is short' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('shows a refused staffing request as a clear alert', async () => {
    const user = userEvent.setup();
    backend(['it-leader'], {
      'GET /api/go-lives/3': () => json(WILLOW),
      'POST /api/go-lives/3/staffing-request': () =>
        problem(409, 'Conflict', 'A staffing request for this go-live is still open'),
    });
    renderApp('/marketplace/go-lives/3');
    await user.click(
      await screen.findByRole('button', { name: 'Open staffing request for what is short' }),
    );
    const alert = await screen.findByRole('alert', { name: /No staffing request opened/ });
    expect(alert).toHaveTextContent('A staffing request for this go-live is still open');
  });

  it('lets an executive read but not change a go-live', async () => {
    backend(['executive'], { 'GET /api/go-lives/3': () => json(WILLOW) });
    renderApp('/marketplace/go-lives/3');
    expect(await screen.findByRole('table', { name: 'Command-center plan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Open staffing request for what is short' }),
    ).not.toBeInTheDocument();
  });

  it('creates a go-live and refuses a window longer than 90 days', async () => {
    const user = userEvent.setup();
    const calls = backend(['it-leader'], {
      'GET /api/go-lives': () => json({ items: [], page: 0, size: 20, total: 0 }),
      'GET /api/applications': () =>
        json({
          items: [{ id: 5, name: 'Epic Willow (Pharmacy)' }],
          page: 0,
          size: 50,
          total: 1,
        }),
      'POST /api/go-lives': () => json(WILLOW, 201),
      'GET /api/go-lives/3': () => json(WILLOW),
    });
    renderApp('/marketplace/go-lives');
    await user.click(await screen.findByRole('button', { name: 'New go-live' }));
    const dialog = await screen.findByRole('dialog', { name: 'New go-live' });
    await pick(user, within(dialog).getByRole('combobox', { name: 'Application' }), /Willow/);
    await user.type(within(dialog).getByLabelText(/First day/), '2026-12-15');
    await user.type(within(dialog).getByLabelText(/Last day/), '2027-04-15');
    await user.click(within(dialog).getByRole('button', { name: 'Create go-live' }));
    expect(
      await within(dialog).findByText('A go-live window is at most 90 days'),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.key === 'POST /api/go-lives')).toBe(false);

    await user.clear(within(dialog).getByLabelText(/Last day/));
    await user.type(within(dialog).getByLabelText(/Last day/), '2026-12-21');
    await user.click(within(dialog).getByRole('button', { name: 'Create go-live' }));
    expect(await screen.findByRole('heading', { name: 'Willow upgrade' })).toBeInTheDocument();
    expect(calls.find((c) => c.key === 'POST /api/go-lives')?.body).toMatchObject({
      applicationId: 5,
      kind: 'UPGRADE',
      startsOn: '2026-12-15',
      endsOn: '2026-12-21',
    });
  });

  it('shows a start refused for a stale version as an alert', async () => {
    const user = userEvent.setup();
    const calls = backend(['it-leader'], {
      'GET /api/go-lives/3': () => json(WILLOW),
      'POST /api/go-lives/3/start': () =>
        problem(409, 'Conflict', 'The go-live was changed by someone else: reload it'),
    });
    renderApp('/marketplace/go-lives/3');
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    const alert = await screen.findByRole('alert', { name: /That did not happen/ });
    expect(alert).toHaveTextContent('The go-live was changed by someone else: reload it');
    expect(calls.find((c) => c.key === 'POST /api/go-lives/3/start')?.body).toEqual({
      reason: null,
      version: 2,
    });
  });

  it('changes a go-live’s window with the version read and shows a conflict', async () => {
    const user = userEvent.setup();
    let conflict = true;
    const calls = backend(['it-leader'], {
      'GET /api/go-lives/3': () => json(WILLOW),
      'GET /api/applications': () =>
        json({ items: [{ id: 5, name: 'Epic Willow (Pharmacy)' }], page: 0, size: 50, total: 1 }),
      'PUT /api/go-lives/3': () =>
        conflict
          ? problem(409, 'Conflict', 'Plan entries would fall outside the new window')
          : json({ ...WILLOW, endsOn: '2026-12-19', version: 3 }),
    });
    renderApp('/marketplace/go-lives/3');
    await user.click(await screen.findByRole('button', { name: 'Change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the go-live' });
    const last = within(dialog).getByLabelText(/Last day/);
    expect(last).toHaveValue('2026-12-21');
    await user.clear(last);
    await user.type(last, '2026-12-19');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert', { name: 'Not saved' })).toHaveTextContent(
      'Plan entries would fall outside the new window',
    );
    expect(calls.find((c) => c.key === 'PUT /api/go-lives/3')?.body).toMatchObject({
      applicationId: 5,
      kind: 'UPGRADE',
      startsOn: '2026-12-15',
      endsOn: '2026-12-19',
      version: 2,
    });

    conflict = false;
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Change the go-live' })).not.toBeInTheDocument(),
    );
    expect(screen.getByText(/Dec 19, 2026/)).toBeInTheDocument();
  });
});
