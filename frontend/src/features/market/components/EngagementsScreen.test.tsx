import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { Engagement, EngagementChoices } from '../types';

const NORTHWIND: Engagement = {
  id: 3,
  partner: { id: 2, name: 'Northwind Managed Services' },
  name: 'Northwind Managed Service Desk – after-hours L1',
  scope: 'After-hours L1 for every application',
  status: 'ACTIVE',
  startsOn: '2025-01-01',
  endsOn: '2027-12-31',
  endedAt: null,
  endedBy: null,
  manager: {
    id: 8,
    name: 'Priya Raman',
    title: 'Northwind Service Delivery Manager',
    email: null,
  },
  staffingRequest: null,
  groups: [{ id: 2, name: 'Northwind Overnight Desk', tier: 'L1' }],
  createdBy: 'leader',
  createdAt: '2024-12-31T00:00:00Z',
  updatedAt: '2024-12-31T00:00:00Z',
  version: 0,
  history: null,
};

const APEX: Engagement = {
  ...NORTHWIND,
  id: 4,
  partner: { id: 3, name: 'Apex Clinical IT Staffing' },
  name: 'Apex Legacy Applications Support – L2',
  manager: null,
  groups: [],
};

const CHOICES: EngagementChoices = {
  partners: [
    { id: 3, name: 'Apex Clinical IT Staffing' },
    { id: 2, name: 'Northwind Managed Services' },
  ],
  managers: [
    { id: 8, name: 'Priya Raman', title: 'Service Delivery Manager', partnerId: 2 },
    { id: 9, name: 'Marcus Bell', title: 'Account Manager', partnerId: 3 },
  ],
  groups: [
    {
      id: 2,
      name: 'Northwind Overnight Desk',
      tier: 'L1',
      partnerId: 2,
      engagementId: 3,
      engagementName: NORTHWIND.name,
    },
    {
      id: 12,
      name: 'Apex Legacy Support',
      tier: 'L2',
      partnerId: 3,
      engagementId: null,
      engagementName: null,
    },
  ],
  staffingRequests: [],
  desks: [{ id: 21, name: 'Apex Jira', kind: 'JIRA_SM' }],
};

type Handler = (init: RequestInit | undefined) => Response;

/** A backend answering by method and path (any query string), recording what was asked. */
function backend(roles: string[], handlers: Record<string, Handler>) {
  startSession('t', 3600);
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const key = `${init?.method ?? 'GET'} ${url.split('?')[0]}`;
      calls.push(`${init?.method ?? 'GET'} ${url}`);
      const partner = roles.includes('partner-agent');
      const all: Record<string, Handler> = {
        'GET /api/me': () =>
          json({
            username: partner ? 'partner' : 'leader',
            displayName: partner ? 'Sam Okafor' : 'Maria Chen',
            roles,
            organization: partner
              ? { id: 2, name: 'Northwind Managed Services', kind: 'PARTNER' }
              : { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
          }),
        'GET /api/sla/olas': () =>
          json({
            items: [
              {
                id: 1,
                engagementId: 3,
                engagementName: NORTHWIND.name,
                partnerId: 2,
                partnerName: 'Northwind Managed Services',
                calendarId: 1,
                response: 'PT30M',
                resolution: 'PT24H',
                pauseOn: [],
                warnings: [75, 90],
                breachActions: ['NOTIFY_PARTNER_MANAGER'],
                version: 0,
              },
            ],
          }),
        ...handlers,
      };
      const handler = all[key];
      if (!handler) return Promise.reject(new Error(`Unexpected request in test: ${key}`));
      return Promise.resolve(handler(init));
    }),
  );
  return calls;
}

async function pick(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, name: RegExp) {
  await user.click(input);
  await waitFor(() => expect(input).toHaveAttribute('aria-controls'));
  const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
  await user.click(await within(listbox).findByRole('option', { name, hidden: true }));
}

describe('the engagements screen', { timeout: 30_000 }, () => {
  it('lists engagements with their partner, groups, manager and OLA', async () => {
    backend(['it-leader'], {
      'GET /api/engagements': () => json({ items: [NORTHWIND, APEX], page: 0, size: 20, total: 2 }),
    });
    renderApp('/marketplace?tab=engagements');
    const table = await screen.findByRole('table', { name: 'Engagements' });
    const northwind = within(
      within(table).getByRole('button', { name: NORTHWIND.name }).closest('tr')!,
    );
    expect(northwind.getByText('Northwind Managed Services')).toBeInTheDocument();
    expect(northwind.getByText('Northwind Overnight Desk')).toBeInTheDocument();
    expect(northwind.getByText('Priya Raman')).toBeInTheDocument();
    expect(await northwind.findByText('Response 30 min · resolution 1 d')).toBeInTheDocument();
    expect(northwind.getByText('Active')).toBeInTheDocument();
    const apex = within(within(table).getByRole('button', { name: APEX.name }).closest('tr')!);
    // Without a manager, who hears of breaches is said plainly.
    expect(apex.getByText(/breaches go to all the partner’s agents/)).toBeInTheDocument();
    expect(apex.getByText('No OLA yet')).toBeInTheDocument();
  });

  it('records an engagement, showing the server’s refusal beside its field', async () => {
    let sent: Record<string, unknown> | null = null;
    let attempts = 0;
    backend(['it-leader'], {
      'GET /api/engagements': () => json({ items: [], page: 0, size: 20, total: 0 }),
      'GET /api/engagements/choices': () => json(CHOICES),
      'POST /api/engagements': (init) => {
        attempts++;
        sent = JSON.parse(init?.body as string) as Record<string, unknown>;
        if (attempts === 1) {
          return json(
            {
              type: 'about:blank',
              title: 'Bad Request',
              status: 400,
              errors: [{ field: 'endsOn', message: 'must not be before the start date' }],
            },
            400,
            'application/problem+json',
          );
        }
        return json({ ...APEX, id: 7, history: [] }, 201);
      },
      'GET /api/engagements/7': () => json({ ...APEX, id: 7, history: [] }),
    });
    const user = userEvent.setup();
    renderApp('/marketplace?tab=engagements');
    expect(await screen.findByText('No engagements yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record the first engagement' }));
    const drawer = await screen.findByRole('dialog');
    await pick(user, await within(drawer).findByLabelText(/^Partner\s*\*?$/), /Apex Clinical/);
    await user.type(within(drawer).getByLabelText(/^Name/), APEX.name);
    await user.type(within(drawer).getByLabelText(/^Scope/), 'Legacy L2');
    await user.type(within(drawer).getByLabelText(/^Starts on/), '2026-03-01');
    await user.type(within(drawer).getByLabelText(/^Ends on/), '2026-02-01');
    // Only Apex's own people and groups are offered.
    await pick(user, within(drawer).getByLabelText(/service manager/), /Marcus Bell/);
    await pick(user, within(drawer).getByLabelText(/Support groups/), /Apex Legacy Support/);
    await pick(user, within(drawer).getByLabelText(/^Partner desk/), /Apex Jira/);
    await user.click(within(drawer).getByRole('button', { name: 'Record engagement' }));
    expect(
      await within(drawer).findByText('must not be before the start date'),
    ).toBeInTheDocument();
    expect(sent).toMatchObject({
      partnerId: 3,
      name: APEX.name,
      startsOn: '2026-03-01',
      endsOn: '2026-02-01',
      managerAccountId: 9,
      groupIds: [12],
      connectorId: 21,
    });
    await user.clear(within(drawer).getByLabelText(/^Ends on/));
    await user.click(within(drawer).getByRole('button', { name: 'Record engagement' }));
    await expect.poll(() => sent?.endsOn).toBeNull();
    expect(
      await within(drawer).findByRole('table', { name: 'Engagement details' }),
    ).toBeInTheDocument();
  });

  it('shows a partner’s agents their own engagements, read-only and without OLAs', async () => {
    const calls = backend(['partner-agent'], {
      'GET /api/engagements': () => json({ items: [NORTHWIND], page: 0, size: 20, total: 1 }),
      'GET /api/engagements/3': () =>
        json({
          ...NORTHWIND,
          history: [
            {
              action: 'CREATED',
              actor: 'leader',
              actorName: 'Maria Chen',
              at: NORTHWIND.createdAt,
              detail: null,
            },
          ],
        }),
    });
    const user = userEvent.setup();
    renderApp('/marketplace');
    const table = await screen.findByRole('table', { name: 'Engagements' });
    expect(screen.queryByRole('tab', { name: 'Staffing requests' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Record/ })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'OLA' })).not.toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: NORTHWIND.name }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Recorded by Maria Chen')).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(
      within(drawer).queryByRole('button', { name: 'End engagement' }),
    ).not.toBeInTheDocument();
    expect(calls.some((c) => c.includes('/api/sla/') || c.includes('/choices'))).toBe(false);
  });

  it('ends an engagement with a reason and the version read', async () => {
    let ended: unknown = null;
    backend(['admin'], {
      'GET /api/engagements': () => json({ items: [NORTHWIND], page: 0, size: 20, total: 1 }),
      'GET /api/engagements/3': () => json({ ...NORTHWIND, version: 4, history: [] }),
      'POST /api/engagements/3/end': (init) => {
        ended = JSON.parse(init?.body as string);
        return json({ ...NORTHWIND, status: 'ENDED', version: 5, history: [] });
      },
    });
    const user = userEvent.setup();
    renderApp('/marketplace?tab=engagements');
    const table = await screen.findByRole('table', { name: 'Engagements' });
    await user.click(within(table).getByRole('button', { name: NORTHWIND.name }));
    const drawer = await screen.findByRole('dialog');
    await user.type(await within(drawer).findByLabelText(/Reason for ending/), 'Not renewed');
    await user.click(within(drawer).getByRole('button', { name: 'End engagement' }));
    await expect.poll(() => ended).toEqual({ reason: 'Not renewed', version: 4 });
  });
});
