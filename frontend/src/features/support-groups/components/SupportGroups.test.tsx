import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import type { GroupSettings } from '../types';

const ADMIN = {
  username: 'admin',
  displayName: 'Sam Rivera',
  roles: ['admin'],
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
};

const LIST = '/api/support-groups/settings?page=0&size=100';
const CALENDARS = {
  items: [{ id: 3, name: 'Clinical hours', zone: 'America/New_York', definition: {} }],
  page: 0,
  size: 200,
  total: 1,
};
const ENGAGEMENTS = { items: [], page: 0, size: 200, total: 0 };

function group(overrides: Partial<GroupSettings>): GroupSettings {
  return {
    id: 5,
    name: 'Service Desk',
    tier: 'L1',
    provider: 'INTERNAL',
    engagementActive: false,
    calendarId: 3,
    calendarName: 'Clinical hours',
    autoAssign: false,
    strategy: 'SKILLED_ON_SHIFT',
    members: 4,
    version: 2,
    ...overrides,
  };
}

const SERVICE_DESK = group({ email: 'servicedesk@riverside.example' });
const NORTHWIND = group({
  id: 6,
  name: 'Northwind Overnight Desk',
  provider: 'PARTNER',
  partnerId: 40,
  partnerName: 'Northwind Managed Services',
  engagementId: 9,
  engagementName: 'Northwind overnight services',
  engagementActive: true,
  members: 0,
});
const IMAGING = group({
  id: 7,
  name: 'Imaging',
  tier: 'L2',
  autoAssign: true,
  strategy: 'FEWEST_OPEN_TICKETS',
});

/** A Mantine Select's input (its label also names the listbox). */
async function inputLabelled(label: RegExp): Promise<HTMLInputElement> {
  const all = await screen.findAllByLabelText(label);
  return all.find((element) => element.tagName === 'INPUT') as HTMLInputElement;
}

function bodyOf(init: RequestInit | undefined): Record<string, unknown> {
  return JSON.parse(init?.body as string) as Record<string, unknown>;
}

function backend(extra: Parameters<typeof mockFetch>[0] = {}) {
  startSession('t', 3600);
  return mockFetch({
    'GET /api/me': () => json(ADMIN),
    [`GET ${LIST}`]: () =>
      json({ items: [SERVICE_DESK, NORTHWIND, IMAGING], page: 0, size: 100, total: 3 }),
    'GET /api/calendars?page=0&size=200': () => json(CALENDARS),
    'GET /api/engagements?page=0&size=200&sort=name%2Casc': () => json(ENGAGEMENTS),
    ...extra,
  });
}

describe('support groups', { timeout: 60_000 }, () => {
  it('lists the groups by tier with provider, calendar, auto-assignment and members', async () => {
    backend();
    renderApp('/admin/support-groups');

    const l1 = await screen.findByRole('region', { name: 'L1 · Service desk' });
    const desk = within(l1).getByRole('button', { name: 'Change Service Desk' }).closest('tr')!;
    expect(within(desk).getByText('Hospital staff')).toBeInTheDocument();
    expect(within(desk).getByText('Clinical hours')).toBeInTheDocument();
    expect(within(desk).getByText('Off')).toBeInTheDocument();
    expect(
      within(desk).getByRole('button', { name: /^Members of Service Desk:/ }),
    ).toHaveTextContent('4 people');
    expect(within(desk).getByText('servicedesk@riverside.example')).toBeInTheDocument();
    const overnight = within(l1)
      .getByRole('button', { name: 'Change Northwind Overnight Desk' })
      .closest('tr')!;
    expect(within(overnight).getByText('Northwind Managed Services')).toBeInTheDocument();
    expect(within(overnight).getByText('None yet')).toBeInTheDocument();
    const l2 = screen.getByRole('region', { name: 'L2 · Application and desktop teams' });
    expect(within(l2).getByText('Fewest open tickets')).toBeInTheDocument();
  });

  it('starts an empty hospital with its first group and sends what the admin chose', async () => {
    const user = userEvent.setup();
    let created: Record<string, unknown> | null = null;
    backend({
      [`GET ${LIST}`]: () =>
        json(
          created
            ? { items: [group({ name: 'Service Desk' })], page: 0, size: 100, total: 1 }
            : { items: [], page: 0, size: 100, total: 0 },
        ),
      'POST /api/support-groups': (init) => {
        created = bodyOf(init);
        return json(group({ name: 'Service Desk' }), 201);
      },
    });
    renderApp('/admin/support-groups');

    expect(
      await screen.findByRole('heading', {
        name: 'Create your first group: usually an L1 Service Desk',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New group' }));
    await user.type(await screen.findByLabelText(/^Name/), 'Service Desk');
    await pick(user, await inputLabelled(/^Calendar/), /Clinical hours/);
    await user.click(screen.getByRole('switch', { name: /Assign new tickets automatically/ }));
    await user.click(screen.getByRole('radio', { name: /Fewest open tickets/ }));
    await user.type(screen.getByLabelText(/Shared e-mail address/), 'desk@riverside.example');
    await user.click(screen.getByRole('button', { name: 'Create group' }));

    await waitFor(() =>
      expect(created).toEqual({
        name: 'Service Desk',
        tier: 'L1',
        calendarId: 3,
        autoAssign: true,
        strategy: 'FEWEST_OPEN_TICKETS',
        email: 'desk@riverside.example',
      }),
    );
    expect(await screen.findByRole('region', { name: 'L1 · Service desk' })).toBeInTheDocument();
  });

  it('shows the name the server refuses next to the name', async () => {
    const user = userEvent.setup();
    backend({
      'PUT /api/support-groups/7': () =>
        json(
          {
            title: 'Conflict',
            status: 409,
            errors: [{ field: 'name', message: 'a group called "Service Desk" already exists' }],
          },
          409,
          'application/problem+json',
        ),
    });
    renderApp('/admin/support-groups');

    await user.click(await screen.findByRole('button', { name: 'Change Imaging' }));
    const name = await screen.findByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Service Desk');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText('a group called "Service Desk" already exists'),
    ).toBeInTheDocument();
  });

  it('shows why the server refuses to retire a group', async () => {
    const user = userEvent.setup();
    backend({
      'POST /api/support-groups/5/retire': () =>
        problem(
          409,
          'Conflict',
          'Service Desk still has 3 open tickets: move them to another group first.',
        ),
    });
    renderApp('/admin/support-groups');

    await user.click(await screen.findByRole('button', { name: 'Retire Service Desk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retire Service Desk?' });
    await user.click(within(dialog).getByRole('button', { name: 'Retire group' }));
    expect(
      await within(dialog).findByText(
        'Service Desk still has 3 open tickets: move them to another group first.',
      ),
    ).toBeInTheDocument();
  });

  it('adds a member, makes a member lead and removes one', async () => {
    const user = userEvent.setup();
    const members = [
      { staffId: 11, name: 'Dana Cole', openTickets: 2, lead: false },
      { staffId: 12, name: 'Lee Park', openTickets: 0, lead: true },
    ];
    const fetchMock = backend({
      'GET /api/support-groups/5/members': () => json(members),
      'GET /api/staff?page=0&size=50': () =>
        json({
          items: [{ id: 13, name: 'Ana Ruiz', employerId: 1, employer: 'Riverside Health' }],
          page: 0,
          size: 50,
          total: 1,
        }),
      'POST /api/support-groups/5/members': () => json(members),
      'DELETE /api/support-groups/5/members/11': () => new Response(null, { status: 204 }),
    });
    renderApp('/admin/support-groups');

    await user.click(await screen.findByRole('button', { name: /^Members of Service Desk:/ }));
    const lead = await screen.findByRole('switch', { name: 'Dana Cole leads Service Desk' });
    expect(screen.getByRole('switch', { name: 'Lee Park leads Service Desk' })).toBeChecked();
    await user.click(lead);
    await pick(user, await inputLabelled(/^Add a staff member/), /Ana Ruiz/);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await user.click(screen.getByRole('button', { name: 'Remove Dana Cole from Service Desk' }));

    await waitFor(() =>
      expect(
        fetchMock.mock.calls
          .map(([url, init]) => ({
            url: url as string,
            method: init?.method ?? 'GET',
            body: (init?.body as string | undefined) ?? '',
          }))
          .filter(({ url, method }) => url.startsWith('/api/support-groups/5/') && method !== 'GET')
          .map(({ url, method, body }) => `${method} ${url} ${body}`),
      ).toEqual([
        'POST /api/support-groups/5/members {"staffId":11,"lead":true}',
        'POST /api/support-groups/5/members {"staffId":13,"lead":false}',
        'DELETE /api/support-groups/5/members/11 ',
      ]),
    );
  });
});
