import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { Compliance, Ola } from '../types';

const NORTHWIND: Ola = {
  id: 4,
  engagementId: 3,
  engagementName: 'Northwind Managed Service Desk – after-hours L1',
  partnerId: 9,
  partnerName: 'Northwind Managed Services',
  calendarId: 1,
  response: 'PT30M',
  resolution: 'PT24H',
  pauseOn: ['PENDING:CUSTOMER'],
  warnings: [50, 90],
  breachActions: ['NOTIFY_PARTNER_MANAGER'],
  version: 2,
};

function compliance(groupBy: string): Compliance {
  const period = (start: string, met: number, breached: number) => ({
    start,
    from: `${start}T05:00:00Z`,
    to: `${start}T05:00:00Z`,
    met,
    breached,
    total: met + breached,
    percentMet: met + breached === 0 ? null : Math.round((met * 1000) / (met + breached)) / 10,
  });
  return {
    from: '2026-08-25T00:00:00Z',
    to: '2026-11-23T00:00:00Z',
    zone: 'America/New_York',
    period: 'WEEK',
    groupBy: groupBy as Compliance['groupBy'],
    kind: 'SLA',
    target: null,
    overall: { met: 90, breached: 10, total: 100, percentMet: 90 },
    periods: [period('2026-11-09', 40, 5), period('2026-11-16', 50, 5)],
    groups: [
      {
        key: 'INTERNAL',
        label: 'Internal staff',
        overall: { met: 60, breached: 4, total: 64, percentMet: 93.8 },
        periods: [period('2026-11-09', 25, 2), period('2026-11-16', 35, 2)],
      },
      {
        key: 'PARTNER',
        label: 'Partners',
        overall: { met: 30, breached: 6, total: 36, percentMet: 83.3 },
        periods: [period('2026-11-09', 15, 3), period('2026-11-16', 15, 3)],
      },
    ],
  };
}

/** A backend for the admin screen; compliance answers whatever grouping is asked for. */
function backend(roles: string[]) {
  startSession('t', 3600);
  const calls: string[] = [];
  const answer = (input: RequestInfo | URL, init?: RequestInit): Response => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(`${init?.method ?? 'GET'} ${url}`);
    if (url === '/api/me') {
      return json({
        username: roles[0],
        displayName: 'Alex Kim',
        roles,
        organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
      });
    }
    if (url.startsWith('/api/calendars')) {
      return json({
        items: [
          {
            id: 1,
            name: '24x7',
            zone: 'America/New_York',
            definition: { name: '24x7', zone: 'America/New_York', week: {}, holidays: [] },
          },
        ],
        page: 0,
        size: 200,
        total: 1,
      });
    }
    if (url.startsWith('/api/sla/policies'))
      return json({ items: [], page: 0, size: 200, total: 0 });
    if (url === '/api/sla/olas') return json({ items: [NORTHWIND] });
    if (url.startsWith('/api/sla/compliance?')) {
      return json(compliance(new URL(url, 'http://x').searchParams.get('groupBy') ?? ''));
    }
    throw new Error(`Unexpected request in test: ${url}`);
  };
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve().then(() => answer(input, init)),
  );
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

describe('Partner OLAs and SLA compliance on the admin screen', { timeout: 30_000 }, () => {
  it('lists each partner OLA with its targets in words', async () => {
    backend(['admin']);
    renderApp('/admin/partner-olas');
    const cell = await screen.findByRole(
      'button',
      { name: 'OLA of Northwind Managed Service Desk – after-hours L1' },
      { timeout: 5000 },
    );
    const row = within(cell.closest('tr')!);
    expect(row.getByText('30 min')).toBeInTheDocument();
    expect(row.getByText('1 d')).toBeInTheDocument();
    expect(row.getByText("Notify the partner's service manager")).toBeInTheDocument();
  });

  it('shows the share met and asks again when the grouping changes', async () => {
    const calls = backend(['executive']);
    renderApp('/admin/sla-compliance');
    expect(await screen.findByText('90.0 %', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Partners' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '83.3 %' })).toBeInTheDocument();
    expect(calls.some((c) => c.includes('groupBy=provider') && c.includes('period=week'))).toBe(
      true,
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Month' }));
    await vi.waitFor(() => expect(calls.some((c) => c.includes('period=month'))).toBe(true));
  });

  it('is not shown to agents, who may not read compliance', async () => {
    const calls = backend(['agent']);
    renderApp('/admin/partner-olas');
    await screen.findByRole(
      'button',
      { name: 'OLA of Northwind Managed Service Desk – after-hours L1' },
      { timeout: 5000 },
    );
    expect(screen.queryByRole('link', { name: 'SLA compliance' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.includes('/api/sla/compliance'))).toBe(false);
  });
});
