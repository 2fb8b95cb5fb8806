import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { Ola } from '../types';

const NORTHWIND: Ola = {
  id: 4,
  engagementId: 3,
  engagementName: 'Northwind Managed Service Desk – after-hours L1',
  partnerId: 2,
  partnerName: 'Northwind Managed Services',
  calendarId: 1,
  response: 'PT30M',
  resolution: 'PT24H',
  pauseOn: ['PENDING:CUSTOMER'],
  warnings: [75, 90],
  breachActions: ['NOTIFY_PARTNER_MANAGER'],
  version: 2,
};

const engagement = (id: number, name: string, partner: string, status: string) => ({
  id,
  name,
  status,
  partner: { id: id * 10, name: partner },
});

/** The admin screen's backend: the OLA list, engagements to choose from, and what was posted. */
function backend() {
  startSession('t', 3600);
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const method = init?.method ?? 'GET';
      if (url === '/api/me') {
        return Promise.resolve(
          json({
            username: 'admin',
            displayName: 'Alex Kim',
            roles: ['admin'],
            organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
          }),
        );
      }
      if (url.startsWith('/api/calendars')) {
        return Promise.resolve(
          json({
            items: [
              {
                id: 1,
                name: '24x7',
                zone: 'UTC',
                definition: { name: '24x7', zone: 'UTC', week: {}, holidays: [] },
              },
            ],
            page: 0,
            size: 200,
            total: 1,
          }),
        );
      }
      if (url.startsWith('/api/sla/policies')) {
        return Promise.resolve(json({ items: [], page: 0, size: 200, total: 0 }));
      }
      if (url === '/api/sla/policy-defaults') {
        return Promise.resolve(json({ pauseOn: ['PENDING:CHANGE'] }));
      }
      if (url === '/api/sla/olas' && method === 'GET') {
        return Promise.resolve(json({ items: [NORTHWIND] }));
      }
      if (url === '/api/sla/olas' && method === 'POST') {
        const body = JSON.parse(init?.body as string) as { engagementId: number | null };
        posted.push(body);
        if (body.engagementId === null) {
          return Promise.resolve(
            json(
              {
                title: 'Bad Request',
                status: 400,
                errors: [{ field: 'engagementId', message: 'required' }],
              },
              400,
              'application/problem+json',
            ),
          );
        }
        return Promise.resolve(json({ ...NORTHWIND, id: 5, engagementId: 4 }, 201));
      }
      if (url.startsWith('/api/engagements?')) {
        return Promise.resolve(
          json({
            items: [
              engagement(4, 'Apex Legacy Applications Support – L2', 'Apex', 'ACTIVE'),
              engagement(3, NORTHWIND.engagementName!, 'Northwind', 'ACTIVE'),
              engagement(6, 'Harbor pilot 2024', 'Harbor', 'ENDED'),
            ],
            page: 0,
            size: 200,
            total: 3,
          }),
        );
      }
      return Promise.resolve(
        json({ title: 'Not Found', status: 404 }, 404, 'application/problem+json'),
      );
    }),
  );
  return posted;
}

describe('partner OLAs per engagement', { timeout: 30_000 }, () => {
  it('lists each OLA under its engagement, with the partner beside it', async () => {
    backend();
    renderApp('/admin/partner-olas');
    const cell = await screen.findByRole('button', {
      name: 'OLA of Northwind Managed Service Desk – after-hours L1',
    });
    const row = within(cell.closest('tr')!);
    expect(row.getByText('Northwind Managed Services')).toBeInTheDocument();
    expect(row.getByText('30 min')).toBeInTheDocument();
  });

  it('adds an OLA for an engagement that has none, never for one that has or has ended', async () => {
    const posted = backend();
    const user = userEvent.setup();
    renderApp('/admin/partner-olas');
    await user.click(await screen.findByRole('button', { name: 'Add OLA' }));
    const drawer = await screen.findByRole('dialog');
    // Sent without an engagement, the server's refusal lands on the field.
    // The form waits for the server's default terms before it shows.
    await user.click(await within(drawer).findByRole('button', { name: 'Add OLA' }));
    expect(await within(drawer).findByText('required')).toBeInTheDocument();

    const input = within(drawer).getByLabelText(/^Engagement/);
    await user.click(input);
    await waitFor(() => expect(input).toHaveAttribute('aria-controls'));
    const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
    const options = await within(listbox).findAllByRole('option', { hidden: true });
    expect(options.map((o) => o.textContent)).toEqual([
      'Apex Legacy Applications Support – L2 — Apex',
    ]);
    await user.click(options[0]!);
    await user.click(within(drawer).getByRole('button', { name: 'Add OLA' }));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toMatchObject({
      engagementId: 4,
      calendarId: 1,
      response: 'PT30M',
      resolution: 'PT24H',
      // The server's default pause rule, as it answered: the SPA keeps no copy of it.
      pauseOn: ['PENDING:CHANGE'],
      warnings: [75, 90],
      breachActions: ['NOTIFY_GROUP_LEAD', 'NOTIFY_PARTNER_MANAGER'],
    });
  });
});
