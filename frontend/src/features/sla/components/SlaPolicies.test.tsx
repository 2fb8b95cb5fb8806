import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { SlaPolicy } from '../types';

function me(roles: string[]) {
  return {
    username: roles[0],
    displayName: 'Alex Kim',
    roles,
    organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
  };
}

const P2: SlaPolicy = {
  id: 7,
  name: 'P2 high',
  ticketType: null,
  priority: 'P2',
  criticality: null,
  organizationId: null,
  engagementId: null,
  engagementName: null,
  calendarId: 2,
  response: 'PT1H',
  resolution: 'PT8H',
  responseMetBy: 'EITHER',
  pauseOn: ['PENDING:CUSTOMER', 'PENDING:VENDOR'],
  warnings: [50, 75, 90],
  breachActions: ['NOTIFY_ASSIGNEE', 'NOTIFY_GROUP_LEAD'],
  onRetarget: 'CARRY_OVER',
  active: true,
  version: 3,
};

const CALENDARS = {
  items: [
    {
      id: 1,
      name: '24x7',
      zone: 'America/New_York',
      definition: { name: 'x', zone: 'America/New_York', week: {}, holidays: [] },
    },
    {
      id: 2,
      name: 'Clinical hours',
      zone: 'America/New_York',
      definition: { name: 'x', zone: 'America/New_York', week: {}, holidays: [] },
    },
  ],
  page: 0,
  size: 200,
  total: 2,
};

function backend(roles: string[], extra: Parameters<typeof mockFetch>[0] = {}) {
  startSession('t', 3600);
  return mockFetch({
    'GET /api/me': () => json(me(roles)),
    'GET /api/calendars?page=0&size=50': () => json({ ...CALENDARS, size: 50 }),
    'GET /api/calendars?page=0&size=200': () => json(CALENDARS),
    'GET /api/sla/policies?page=0&size=200': () =>
      json({ items: [P2], page: 0, size: 200, total: 1 }),
    'POST /api/sla/policies/preview': () =>
      json({
        start: '2026-12-04T23:00:00Z',
        responseDue: '2026-12-07T13:00:00Z',
        resolutionDue: '2026-12-07T20:00:00Z',
        calendar: 'Clinical hours',
      }),
    ...extra,
  });
}

describe('SLA policies', () => {
  it('lists each policy with its targets in words', async () => {
    backend(['admin']);
    renderApp('/admin/sla-policies');
    const row = (await screen.findByRole('button', { name: 'P2 high' })).closest('tr')!;
    expect(within(row).getByText('Clinical hours')).toBeInTheDocument();
    expect(within(row).getByText('1 h')).toBeInTheDocument();
    expect(within(row).getByText('8 h')).toBeInTheDocument();
    expect(within(row).getByText('50 % · 75 % · 90 %')).toBeInTheDocument();
  });

  it('previews due times live and saves with the version read', async () => {
    let saved: Record<string, unknown> | undefined;
    backend(['admin'], {
      'PUT /api/sla/policies/7': (init) => {
        saved = JSON.parse(init?.body as string) as Record<string, unknown>;
        return json({ ...P2, resolution: 'PT6H', version: 4 });
      },
    });
    const user = userEvent.setup();
    renderApp('/admin/sla-policies');
    await user.click(await screen.findByRole('button', { name: 'P2 high' }));
    expect(
      await screen.findByRole('heading', { name: 'A P2 ticket opened now would be due' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/First response \(1 h of Clinical hours\)/)).toBeInTheDocument();

    const resolution = screen.getByLabelText('Resolution target');
    await user.clear(resolution);
    await user.type(resolution, 'PT6H');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(saved).toBeDefined());
    expect(saved).toMatchObject({ resolution: 'PT6H', version: 3, warnings: [50, 75, 90] });
  });

  it('starts a new policy from the pause rule the server applies by default', async () => {
    let saved: Record<string, unknown> | undefined;
    backend(['admin'], {
      'GET /api/sla/policy-defaults': () => json({ pauseOn: ['PENDING:VENDOR'] }),
      'POST /api/sla/policies': (init) => {
        saved = JSON.parse(init?.body as string) as Record<string, unknown>;
        return json({ ...P2, id: 8, name: 'P3 moderate' }, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/admin/sla-policies');
    await user.click(await screen.findByRole('button', { name: 'New policy' }));
    const stops = await screen.findByRole('group', { name: 'The clock stops while the ticket is' });
    expect(within(stops).getByRole('checkbox', { name: 'Waiting on vendor' })).toBeChecked();
    expect(within(stops).getByRole('checkbox', { name: 'Waiting on requester' })).not.toBeChecked();
    await user.type(screen.getByLabelText(/^Name/), 'P3 moderate');
    await user.click(screen.getByRole('button', { name: 'Create policy' }));
    await waitFor(() => expect(saved).toBeDefined());
    expect(saved).toMatchObject({ name: 'P3 moderate', pauseOn: ['PENDING:VENDOR'] });
  });

  it('lets non-administrators read but not change', async () => {
    backend(['agent']);
    const user = userEvent.setup();
    renderApp('/admin/sla-policies');
    await user.click(await screen.findByRole('button', { name: 'P2 high' }));
    expect(await screen.findByLabelText('Resolution target')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New policy' })).not.toBeInTheDocument();
  });
});
