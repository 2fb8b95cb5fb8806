import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { localDay } from '@/lib/local-day';
import { json, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import {
  breaches,
  coverageRisk,
  figures,
  operations,
  opsPeriod,
  performance,
  SETTLED,
} from '../testing/fixtures';
import { addDays, monthsOf } from '../utils';

type Handler = (url: URL) => Response;

/** A backend for the insight screens; every call is recorded, an unknown one fails the test. */
function backend(roles: string[], handlers: Record<string, Handler> = {}) {
  startSession('t', 3600);
  const calls: URL[] = [];
  const all: Record<string, Handler> = {
    '/api/me': () =>
      json({
        username: 'exec',
        displayName: 'Dana Whitfield',
        roles,
        organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
      }),
    '/api/insights/sla': () => json(performance()),
    '/api/insights/sla/breaches': () => json(breaches()),
    '/api/insights/sla/tickets': () => json(SETTLED),
    '/api/insights/operations': () => json(operations()),
    '/api/insights/coverage-risk': () => json(coverageRisk()),
    '/api/insights/operations/tickets': () =>
      json({
        items: [
          {
            id: 12,
            number: 'INC-000012',
            openedAt: '2026-11-02T13:00:00Z',
            priority: 'P2',
            tier: 'L1',
            applicationId: 3,
            groupId: 14,
            partnerId: 7,
            status: 'IN_PROGRESS',
          },
        ],
        page: 0,
        size: 25,
        total: 1,
      }),
    ...handlers,
  };
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const url = new URL(raw, 'http://medley.test');
      calls.push(url);
      const handler = all[url.pathname];
      if (!handler) return Promise.reject(new Error(`Unexpected request in test: ${raw}`));
      return Promise.resolve(handler(url));
    }),
  );
  const downloads: string[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
  const callsTo = (path: string) => calls.filter((url) => url.pathname === path);
  return { calls, callsTo, downloads };
}

const SLA_URL = '/insights/sla?from=2026-10-01&to=2026-11-30&period=MONTH';

describe('Insights', { timeout: 30_000 }, () => {
  it('shows the executive this month against last, with trends, links and the monthly PDF', async () => {
    const months = monthsOf(localDay());
    const pdf = new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } });
    const { callsTo, downloads } = backend(['executive', 'end-user'], {
      '/api/insights/sla': () =>
        json(
          performance({
            period: 'DAY',
            periods: [figures(months.lastFrom, 8, 2), figures(months.thisFrom, 19, 1)],
            groups: [
              {
                key: '7',
                label: 'Northwind Managed Services',
                overall: { met: 27, breached: 3, total: 30, percentMet: 90 },
                periods: [figures(months.lastFrom, 8, 2), figures(months.thisFrom, 19, 1)],
              },
            ],
          }),
        ),
      '/api/insights/operations': () =>
        json(
          operations({
            period: 'DAY',
            periods: [
              opsPeriod(months.lastFrom, addDays(months.lastFrom, 1), 30),
              opsPeriod(months.thisFrom, addDays(months.thisFrom, 1), 20),
            ],
          }),
        ),
      '/api/insights/review.pdf': () => pdf,
    });
    const user = userEvent.setup();
    renderApp('/insights');

    const tile = await screen.findByRole('article', {
      name: 'Northwind Managed Services: targets met',
    });
    expect(within(tile).getByText('95.0 %')).toBeInTheDocument();
    expect(within(tile).getByText('up from 80.0 % last month')).toBeInTheDocument();
    expect(within(tile).getByRole('link')).toHaveAttribute(
      'href',
      `/insights/sla?from=${months.thisFrom}&to=${months.thisTo}&period=DAY&provider=7`,
    );
    const breachesTile = screen.getByRole('article', { name: 'SLA breaches' });
    expect(within(breachesTile).getByText('down from 2 last month')).toBeInTheDocument();
    const opened = await screen.findByRole('article', { name: 'Tickets opened' });
    expect(within(opened).getByText('20')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Backlog (open now)' })).toHaveTextContent(
      '3 open for over a week',
    );
    const atRisk = await screen.findByRole('article', {
      name: 'Applications at risk or with a gap',
    });
    expect(within(atRisk).getByText('6')).toBeInTheDocument();
    const oneExpert = screen.getByRole('article', { name: 'Applications on one expert' });
    expect(oneExpert).toHaveTextContent('criticality 1: 2 · criticality 2: 3');
    const sla = callsTo('/api/insights/sla')[0]!.searchParams;
    expect(sla.get('from')).toBe(months.lastFrom);
    expect(sla.get('groupBy')).toBe('provider');

    await user.click(screen.getByRole('button', { name: /Monthly operations review \(PDF\)/ }));
    await waitFor(() =>
      expect(downloads).toEqual([`operations-review-${months.lastFrom.slice(0, 7)}.pdf`]),
    );
    expect(callsTo('/api/insights/review.pdf')[0]!.searchParams.get('month')).toBe(
      months.lastFrom.slice(0, 7),
    );
  });

  it('reads its filters from the URL and writes a change back to it', async () => {
    const { callsTo } = backend(['executive']);
    const user = userEvent.setup();
    const { router } = renderApp(`${SLA_URL}&provider=7`);

    expect(
      await screen.findByRole('cell', { name: 'Northwind Managed Services' }),
    ).toBeInTheDocument();
    // The providers to choose from come from the same range grouped by provider, unfiltered.
    const first = callsTo('/api/insights/sla').find((url) => url.searchParams.has('provider'))!;
    expect(Object.fromEntries(first.searchParams)).toEqual({
      from: '2026-10-01',
      to: '2026-12-01',
      period: 'month',
      groupBy: 'provider',
      kind: 'SLA',
      provider: '7',
    });
    expect(screen.getByRole('combobox', { name: 'Provider' })).toHaveValue(
      'Northwind Managed Services',
    );

    await pick(user, screen.getByRole('combobox', { name: 'Priority' }), /^P1$/);
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('priority')).toBe('P1'),
    );
    expect(new URLSearchParams(router.state.location.search).get('provider')).toBe('7');
    await waitFor(() =>
      expect(
        callsTo('/api/insights/sla/breaches').some(
          (url) =>
            url.searchParams.get('priority') === 'P1' && url.searchParams.get('provider') === '7',
        ),
      ).toBe(true),
    );
    await user.click(screen.getByRole('radio', { name: 'Week' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('period')).toBe('WEEK'),
    );
  });

  it('opens the tickets behind a figure, filtered to it, and exports them', async () => {
    const { callsTo, downloads } = backend(['executive']);
    const user = userEvent.setup();
    renderApp(SLA_URL);

    await user.click(
      await screen.findByRole('button', {
        name: '6 breached: tickets of Northwind Managed Services',
      }),
    );
    const drawer = await screen.findByRole('dialog', {
      name: 'Northwind Managed Services: targets breached',
    });
    expect(await within(drawer).findByText('INC-000012')).toBeInTheDocument();
    // An executive opens it read only, below insights.
    expect(within(drawer).getByRole('link', { name: 'INC-000012' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/insights\/tickets\/\d+$/),
    );
    const asked = callsTo('/api/insights/sla/tickets')[0]!.searchParams;
    expect(Object.fromEntries(asked)).toEqual({
      from: '2026-10-01',
      to: '2026-12-01',
      // The figure counts the hospital's SLA timers; the list must not add partners' OLAs.
      kind: 'SLA',
      provider: '7',
      outcome: 'breached',
      page: '0',
      size: '25',
    });

    await user.click(within(drawer).getByRole('button', { name: /Export CSV/ }));
    await waitFor(() => expect(downloads).toEqual(['sla-tickets.csv']));
    const csv = callsTo('/api/insights/sla/tickets').find((url) => url.searchParams.get('format'))!;
    expect(csv.searchParams.get('format')).toBe('csv');
    expect(csv.searchParams.get('provider')).toBe('7');
    expect(csv.searchParams.get('outcome')).toBe('breached');
    expect(csv.searchParams.has('page')).toBe(false);
  });

  it('opens the tickets of one period, its days cut to the range shown', async () => {
    const { callsTo } = backend(['executive']);
    const user = userEvent.setup();
    renderApp('/insights/sla?from=2026-10-15&to=2026-11-20&period=MONTH');

    await user.click(await screen.findByText('The figures per month'));
    await user.click(screen.getByRole('button', { name: '5 breached in Oct 26: tickets' }));
    expect(
      await screen.findByRole('dialog', { name: 'Targets breached Oct 15 – Oct 31' }),
    ).toBeInTheDocument();
    const asked = callsTo('/api/insights/sla/tickets')[0]!.searchParams;
    expect(asked.get('from')).toBe('2026-10-15');
    expect(asked.get('to')).toBe('2026-11-01');
    expect(asked.get('outcome')).toBe('breached');
    expect(asked.get('kind')).toBe('SLA');
  });

  it('links tickets to the workspace for an administrator', async () => {
    backend(['admin']);
    const user = userEvent.setup();
    renderApp(SLA_URL);

    await user.click(
      await screen.findByRole('button', { name: '30 met: tickets of Northwind Managed Services' }),
    );
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByRole('link', { name: 'INC-000012' })).toHaveAttribute(
      'href',
      '/workspace/tickets/12',
    );
  });

  it('exports the view with its filters', async () => {
    const { callsTo, downloads } = backend(['it-leader']);
    const user = userEvent.setup();
    renderApp(`${SLA_URL}&provider=INTERNAL&tier=L2`);

    await user.click(await screen.findByRole('button', { name: 'Export CSV: SLA compliance' }));
    await waitFor(() => expect(downloads).toEqual(['sla-performance.csv']));
    const csv = callsTo('/api/insights/sla').find(
      (url) => url.searchParams.get('format') === 'csv',
    )!;
    expect(Object.fromEntries(csv.searchParams)).toEqual({
      from: '2026-10-01',
      to: '2026-12-01',
      period: 'month',
      groupBy: 'provider',
      kind: 'SLA',
      tier: 'L2',
      provider: 'INTERNAL',
      format: 'csv',
    });
  });

  it('tells breaches apart by cause and shows where a breached ticket spent its time', async () => {
    const { callsTo } = backend(['executive']);
    const user = userEvent.setup();
    const { router } = renderApp(SLA_URL);

    const causes = await screen.findByRole('table', { name: /Breaches by cause/ });
    await user.click(within(causes).getByRole('button', { name: 'Partner L1 queue' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('cause')).toBe('PARTNER_L1'),
    );
    await waitFor(() =>
      expect(
        callsTo('/api/insights/sla/breaches').some(
          (url) => url.searchParams.get('cause') === 'PARTNER_L1',
        ),
      ).toBe(true),
    );
    await user.click(screen.getByRole('button', { name: 'INC-000012' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ticket INC-000012' });
    const byStatus = within(dialog).getByRole('table', { name: 'Time by status' });
    expect(within(byStatus).getByRole('rowheader', { name: 'Pending vendor' })).toBeInTheDocument();
    expect(within(byStatus).getByText('6.0 h')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open the ticket' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/insights\/tickets\/\d+$/),
    );
  });

  it('says when nothing finished in the range', async () => {
    backend(['executive'], {
      '/api/insights/sla': () =>
        json(
          performance({
            overall: { met: 0, breached: 0, total: 0, percentMet: null },
            periods: [],
            groups: [],
          }),
        ),
      '/api/insights/sla/breaches': () => json(breaches([])),
    });
    renderApp(SLA_URL);

    expect(
      await screen.findByRole('heading', { name: 'No targets finished in this range' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'No breaches in this range' }),
    ).toBeInTheDocument();
  });

  it('shows operations with the forecast heatmap and drills into a period', async () => {
    const { callsTo } = backend(['executive']);
    const user = userEvent.setup();
    renderApp('/insights/operations?from=2026-10-15&to=2026-11-20&period=MONTH&provider=7');

    expect(
      await screen.findByRole('img', { name: /Expected tickets per hour of the week/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('heat-cell')).toHaveLength(168);
    const ops = callsTo('/api/insights/operations')[0]!.searchParams;
    expect(Object.fromEntries(ops)).toEqual({
      from: '2026-10-15',
      to: '2026-11-20',
      period: 'MONTH',
      provider: '7',
    });

    await user.click(screen.getByRole('button', { name: '120 opened in Oct 26: tickets' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('INC-000012')).toBeInTheDocument();
    const asked = callsTo('/api/insights/operations/tickets')[0]!.searchParams;
    expect(asked.get('measure')).toBe('OPENED');
    // The period is cut to the range asked for.
    expect(asked.get('from')).toBe('2026-10-15');
    expect(asked.get('to')).toBe('2026-10-31');
    expect(asked.get('provider')).toBe('7');
  });

  it('says when operations has nothing to show', async () => {
    backend(['executive'], {
      '/api/insights/operations': () =>
        json(
          operations({
            periods: [{ ...opsPeriod('2026-10-01', '2026-11-01', 0), resolved: 0 }],
            backlog: { open: 0, ages: [] },
          }),
        ),
    });
    renderApp('/insights/operations');
    expect(
      await screen.findByRole('heading', { name: 'No tickets in this range' }),
    ).toBeInTheDocument();
  });
  it('says what failed and tries again', async () => {
    let fail = true;
    backend(['executive'], {
      '/api/insights/operations': () =>
        fail ? problem(503, 'Service Unavailable', 'Try again in a minute.') : json(operations()),
    });
    const user = userEvent.setup();
    renderApp('/insights');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the operations figures');
    expect(alert).toHaveTextContent('Try again in a minute.');
    // The SLA half of the home does not wait for the other.
    expect(await screen.findByRole('article', { name: 'All SLA targets met' })).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Tickets opened' })).toBeInTheDocument();
  });

  it('exports the coverage matrix as CSV and XLSX', async () => {
    const { callsTo, downloads } = backend(['it-leader'], {
      '/api/coverage/matrix/export': () =>
        new Response('application,status\r\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    const user = userEvent.setup();
    renderApp('/insights/coverage');

    expect(
      await screen.findByRole('img', { name: /GOOD, at RISK and with a GAP per week, 3 weeks/ }),
    ).toBeInTheDocument();
    const attention = screen.getByRole('table', { name: /Applications worth attention/ });
    expect(
      within(attention).getByRole('row', { name: /Epic Willow \(Pharmacy\) 1 GAP 1/ }),
    ).toBeInTheDocument();

    await user.click(
      await screen.findByRole('button', { name: 'Export XLSX: the coverage matrix' }),
    );
    await waitFor(() => expect(downloads).toEqual(['coverage-matrix.xlsx']));
    expect(callsTo('/api/coverage/matrix/export')[0]!.searchParams.get('format')).toBe('xlsx');
    expect(
      screen
        .getByRole('navigation', { name: 'Insight pages' })
        .querySelector('[aria-current="page"]'),
    ).toHaveTextContent('Coverage risk');
  });

  it('opens the printable matrix in a new tab, fetched with the token', async () => {
    const { callsTo } = backend(['executive'], {
      '/api/coverage/matrix/export': () =>
        new Response('<html><body>matrix</body></html>', {
          headers: { 'Content-Type': 'text/html' },
        }),
    });
    const tab = { location: { href: '' }, close: vi.fn() };
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    URL.createObjectURL = vi.fn(() => 'blob:printable');
    const user = userEvent.setup();
    renderApp('/insights/coverage');

    await user.click(
      await screen.findByRole('button', { name: 'Printable page: the coverage matrix' }),
    );
    await waitFor(() => expect(tab.location.href).toBe('blob:printable'));
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(callsTo('/api/coverage/matrix/export')[0]!.searchParams.get('format')).toBe('html');
    open.mockRestore();
  });
});
