import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { ScorecardRow } from '../types';

const EMPTY = {
  volume: 0,
  slaCompliance: { met: 0, finished: 0, rate: null },
  olaCompliance: null,
  firstContactResolution: { count: 0, of: 0, rate: null },
  reopenRate: { count: 0, of: 0, rate: null },
  csat: { average: null, responses: 0 },
  backlog: { open: 0, oldestHours: null, medianHours: null },
};

const SERVICE_DESK: ScorecardRow = {
  kind: 'TEAM',
  id: 1,
  name: 'Service Desk L1',
  partnerId: null,
  status: null,
  volume: 42,
  slaCompliance: { met: 30, finished: 32, rate: 0.9375 },
  olaCompliance: null,
  firstContactResolution: { count: 20, of: 42, rate: 0.4762 },
  reopenRate: { count: 3, of: 42, rate: 0.0714 },
  csat: { average: 4.25, responses: 8 },
  backlog: { open: 5, oldestHours: 73.5, medianHours: 12 },
};

const NORTHWIND: ScorecardRow = {
  ...SERVICE_DESK,
  kind: 'PARTNER',
  id: 2,
  name: 'Northwind Managed Services',
  partnerId: 2,
  volume: 12,
  olaCompliance: { met: 10, finished: 12, rate: 0.8333 },
};

const NORTHWIND_DESK: ScorecardRow = {
  ...NORTHWIND,
  kind: 'ENGAGEMENT',
  id: 3,
  name: 'Northwind Managed Service Desk – after-hours L1',
  status: 'ACTIVE',
};

const APEX: ScorecardRow = {
  ...EMPTY,
  kind: 'PARTNER',
  id: 4,
  name: 'Apex Clinical IT Staffing',
  partnerId: 4,
  status: null,
};

type Handler = (init: RequestInit | undefined, url: string) => Response;

function backend(roles: string[], handlers: Record<string, Handler>) {
  startSession('t', 3600);
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const key = `${init?.method ?? 'GET'} ${url.split('?')[0]}`;
      urls.push(url);
      const partner = roles.includes('partner-manager');
      const all: Record<string, Handler> = {
        'GET /api/me': () =>
          json({
            username: partner ? 'partnermgr' : 'leader',
            displayName: partner ? 'Priya Raman' : 'Maria Chen',
            roles,
            organization: partner
              ? { id: 2, name: 'Northwind Managed Services', kind: 'PARTNER' }
              : { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
          }),
        'GET /api/engagements': () => json({ items: [], page: 0, size: 20, total: 0 }),
        ...handlers,
      };
      const handler = all[key];
      if (!handler) return Promise.reject(new Error(`Unexpected request in test: ${key}`));
      return Promise.resolve(handler(init, url));
    }),
  );
  return urls;
}

describe('the scorecards screen', { timeout: 30_000 }, () => {
  it('shows teams, partners and engagements with rates as percentages and "—" for nothing counted', async () => {
    const urls = backend(['it-leader'], {
      'GET /api/scorecards': () =>
        json({
          from: '2026-11-07T05:00:00Z',
          to: '2026-12-07T05:00:00Z',
          rows: [SERVICE_DESK, NORTHWIND, APEX, NORTHWIND_DESK],
        }),
    });
    renderApp('/marketplace/scorecards');
    const table = await screen.findByRole('table', { name: 'Scorecards' });
    const groups = within(table).getAllByRole('columnheader', {
      name: /Internal teams|Partners|Engagements/,
    });
    expect(groups.map((g) => g.textContent)).toEqual(['Internal teams', 'Partners', 'Engagements']);

    const desk = within(table).getByText('Service Desk L1').closest('tr')!;
    expect(within(desk).getByText('93.8 %')).toBeInTheDocument();
    expect(within(desk).getByText('30 of 32 met')).toBeInTheDocument();
    expect(within(desk).getByText('47.6 %')).toBeInTheDocument();
    expect(within(desk).getByText('7.1 %')).toBeInTheDocument();
    expect(within(desk).getByText('4.25 / 5')).toBeInTheDocument();
    expect(within(desk).getByText('8 responses')).toBeInTheDocument();
    expect(within(desk).getByText('5 open')).toBeInTheDocument();
    expect(desk).toHaveTextContent('oldest 3.1 d, median 12.0 h');
    // A team has no OLA: nothing counted.
    expect(within(desk).getAllByText('nothing counted')).toHaveLength(1);

    const apex = within(table).getByText('Apex Clinical IT Staffing').closest('tr')!;
    expect(within(apex).getAllByText('nothing counted')).toHaveLength(5);
    expect(within(apex).queryByText(/%/)).not.toBeInTheDocument();

    expect(within(table).getByText('active')).toBeInTheDocument();
    expect(urls.find((u) => u.startsWith('/api/scorecards'))).toMatch(
      /^\/api\/scorecards\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/,
    );
  });

  it('reads another period and explains the figures', async () => {
    const user = userEvent.setup();
    const urls = backend(['executive'], {
      'GET /api/scorecards': () => json({ from: '', to: '', rows: [SERVICE_DESK] }),
    });
    renderApp('/marketplace/scorecards');
    await screen.findByRole('table', { name: 'Scorecards' });
    await user.click(screen.getByRole('radio', { name: 'Custom' }));
    await user.type(screen.getByLabelText('From'), '2026-10-01');
    await user.type(screen.getByLabelText('To'), '2026-10-31');
    await waitFor(() => expect(urls).toContain('/api/scorecards?from=2026-10-01&to=2026-10-31'));
    await user.click(screen.getByRole('button', { name: 'How the figures are counted' }));
    expect(await screen.findByText(/met ÷ finished/)).toBeInTheDocument();
    expect(screen.getByText(/never moved, escalated or reopened/)).toBeInTheDocument();
  });

  it('opens a partner’s card with its weeks', async () => {
    const user = userEvent.setup();
    backend(['it-leader'], {
      'GET /api/scorecards': () => json({ from: '', to: '', rows: [SERVICE_DESK, NORTHWIND] }),
      'GET /api/scorecards/partners/2': () =>
        json({
          from: '2026-11-07T05:00:00Z',
          to: '2026-12-07T05:00:00Z',
          row: NORTHWIND,
          weeks: [
            {
              from: '2026-11-07T05:00:00Z',
              to: '2026-11-14T05:00:00Z',
              volume: 5,
              slaCompliance: { met: 4, finished: 5, rate: 0.8 },
              olaCompliance: { met: 5, finished: 5, rate: 1 },
              firstContactResolution: { count: 2, of: 5, rate: 0.4 },
              reopenRate: { count: 0, of: 5, rate: 0 },
              csat: { average: null, responses: 0 },
            },
          ],
        }),
    });
    renderApp('/marketplace/scorecards');
    const table = await screen.findByRole('table', { name: 'Scorecards' });
    // An internal team has no card.
    expect(
      within(table).queryByRole('button', { name: 'Service Desk L1' }),
    ).not.toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Northwind Managed Services' }));
    const drawer = await screen.findByRole('dialog', { name: 'Northwind Managed Services' });
    const weeks = await within(drawer).findByRole('table', { name: 'Weeks' });
    const week = within(weeks).getAllByRole('row')[1]!;
    expect(within(week).getByText('80.0 %')).toBeInTheDocument();
    expect(within(week).getByText('100.0 %')).toBeInTheDocument();
    expect(within(week).getByText('0.0 %')).toBeInTheDocument();
    expect(within(week).getByText('nothing counted')).toBeInTheDocument();
  });

  it('gives a partner manager scorecards and no go-lives', async () => {
    backend(['partner-manager'], {
      'GET /api/scorecards': () => json({ from: '', to: '', rows: [NORTHWIND, NORTHWIND_DESK] }),
    });
    const view = renderApp('/marketplace');
    const nav = await screen.findByRole('navigation', { name: 'Marketplace pages' });
    expect(within(nav).getByRole('link', { name: 'Scorecards' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Go-lives' })).not.toBeInTheDocument();

    await view.router.navigate('/marketplace/scorecards');
    const table = await screen.findByRole('table', { name: 'Scorecards' });
    expect(within(table).getByText('Northwind Managed Services')).toBeInTheDocument();
    expect(screen.getByText(/Your organisation’s figures/)).toBeInTheDocument();

    await view.router.navigate('/marketplace/go-lives');
    expect(await screen.findByText('Not available for your role')).toBeInTheDocument();
  });
});
