import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { ticketSummary } from '../test-fixtures';
import type { Notification, TicketSummary } from '../types';

const END_USER = {
  username: 'enduser',
  displayName: 'Nora Patel',
  roles: ['end-user'],
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
};

// A ticket she filed that Dana is working on.
const ticket = (id: number, extra: Partial<TicketSummary> = {}) =>
  ticketSummary(id, {
    status: 'IN_PROGRESS',
    assigneeId: 7,
    assigneeName: 'Dana Whitfield',
    version: 1,
    ...extra,
  });

function notice(id: number, ticketId: number, message: string): Notification {
  return {
    id,
    ticketId,
    kind: 'NEEDS_YOU',
    message,
    createdAt: new Date().toISOString(),
    readAt: null,
  };
}

// jsdom lays nothing out, so Mantine's popover counts its target as scrolled away and hides the
// dropdown (display: none): menu queries include hidden elements, as the Select tests do.

/**
 * A fake backend keeping the notices as the server would: reads change what the next GET returns.
 * {@code hold} delays the answers to writes, to see what the bell shows before they arrive.
 */
function backend(
  notices: Notification[],
  tickets: TicketSummary[],
  hold: Promise<void> = Promise.resolve(),
) {
  startSession('t', 3600);
  const page = () => json({ items: notices, unread: notices.filter((n) => !n.readAt).length });
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const [path = url, query = ''] = url.split('?');
    if (method === 'GET' && path === '/api/me') return json(END_USER);
    if (method === 'GET' && path === '/api/notifications') return page();
    if (method === 'GET' && path === '/api/tickets') {
      const statuses = new URLSearchParams(query).get('status')?.split(',') ?? [];
      const items = tickets.filter((t) => statuses.length === 0 || statuses.includes(t.status));
      return json({ items, page: 0, size: 20, total: items.length, totalExact: true });
    }
    const read = /^\/api\/notifications\/(\d+)\/read$/.exec(path);
    if (method === 'POST' && (read || path === '/api/notifications/read-all')) {
      await hold;
      const now = new Date().toISOString();
      const ticketId = new URLSearchParams(query).get('ticketId');
      notices = notices.map((n) =>
        (read ? n.id === Number(read[1]) : !ticketId || n.ticketId === Number(ticketId))
          ? { ...n, readAt: n.readAt ?? now }
          : n,
      );
      return new Response(null, { status: 204 });
    }
    return json({ title: 'Not Found', status: 404 }, 404, 'application/problem+json');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const calls = (fetchMock: ReturnType<typeof backend>, method: string, path: string) =>
  fetchMock.mock.calls.filter(([url, init]) => (init?.method ?? 'GET') === method && url === path)
    .length;

afterEach(() => vi.unstubAllGlobals());

describe('the notifications bell', () => {
  it('says nothing is new when nothing is, and offers no "Mark all read"', async () => {
    const user = userEvent.setup();
    backend([], [ticket(1)]);
    renderApp('/portal');
    await screen.findByRole('list', { name: 'My tickets' });
    const bell = screen.getByRole('button', { name: 'Notifications' });
    expect(bell).toHaveAttribute('aria-haspopup', 'menu');
    await user.click(bell);
    const menu = await screen.findByRole('menu', { hidden: true });
    // The menu's own button has taken the placeholder's place (NotificationsBellOnDemand).
    expect(screen.getByRole('button', { name: 'Notifications' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(await within(menu).findByText(/Nothing new/)).toBeInTheDocument();
    expect(within(menu).queryByText('Waiting for you')).not.toBeInTheDocument();
    expect(
      within(menu).queryByRole('menuitem', { name: 'Mark all read', hidden: true }),
    ).toBeNull();
  });

  it('lists the tickets that wait on her, as My tickets marks them "Needs you"', async () => {
    const user = userEvent.setup();
    backend(
      [],
      [
        ticket(1, { status: 'PENDING', pendingReason: 'CUSTOMER', title: 'Label printer' }),
        ticket(2, { status: 'PENDING', pendingReason: 'VENDOR', title: 'Pump library' }),
        ticket(3, { status: 'RESOLVED', title: 'Badge reader' }),
        ticket(4, { title: 'Monitor' }),
      ],
    );
    const { router } = renderApp('/portal');
    // My tickets marks two of them.
    const list = await screen.findByRole('list', { name: 'My tickets' });
    expect(await within(list).findAllByText('Needs you')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Notifications' }));
    const menu = await screen.findByRole('menu', { hidden: true });
    // The menu's code arrives on the click (NotificationsBellOnDemand), its list just after.
    expect(await within(menu).findByText('Waiting for you')).toBeInTheDocument();
    const waiting = (await within(menu).findAllByRole('menuitem', { hidden: true })).filter(
      (item) => within(item).queryByText('Needs you'),
    );
    expect(waiting.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Label printer'),
      expect.stringContaining('Badge reader'),
    ]);
    expect(within(menu).queryByText(/Nothing new/)).toBeNull();
    expect(waiting[0]).toHaveTextContent('The service desk is waiting for your answer');
    expect(waiting[1]).toHaveTextContent('Confirm the fix, or reopen it');

    await user.click(waiting[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal/tickets/1'));
  });

  it('shows three waiting tickets and sends her to My tickets for the rest', async () => {
    const user = userEvent.setup();
    backend(
      [notice(11, 1, 'Needs you: INC-000001 Label printer')],
      [1, 2, 3, 4, 5].map((id) => ticket(id, { status: 'PENDING', pendingReason: 'CUSTOMER' })),
    );
    const { router } = renderApp('/portal/tickets/9');
    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const menu = await screen.findByRole('menu', { hidden: true });
    await within(menu).findByText('Waiting for you');
    expect(within(menu).getAllByText('Needs you')).toHaveLength(3);
    expect(
      within(menu).getByRole('menuitem', { name: /Needs you: INC-000001/, hidden: true }),
    ).toBeInTheDocument();
    await user.click(
      within(menu).getByRole('menuitem', { name: 'All 5 tickets waiting for you', hidden: true }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal'));
  });

  it('drops the count the moment a notice is clicked, opens its ticket and marks it read', async () => {
    const user = userEvent.setup();
    let release = () => {};
    const hold = new Promise<void>((resolve) => (release = resolve));
    const fetchMock = backend(
      [
        notice(11, 1, 'Needs you: INC-000001 Label printer — Dana Whitfield is waiting'),
        notice(12, 2, 'INC-000002: Dana Whitfield replied'),
      ],
      [ticket(1, { status: 'PENDING', pendingReason: 'CUSTOMER' }), ticket(2)],
      hold,
    );
    const { router } = renderApp('/portal');
    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await user.click(
      await screen.findByRole('menuitem', { name: /Needs you: INC-000001/, hidden: true }),
    );

    // Before the server has answered.
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal/tickets/1'));
    expect(calls(fetchMock, 'POST', '/api/notifications/11/read')).toBe(1);
    release();
    await waitFor(() =>
      expect(calls(fetchMock, 'GET', '/api/notifications?limit=20')).toBeGreaterThan(1),
    );
    expect(screen.getByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();
    // The ticket page found nothing more to read about ticket 1.
    expect(calls(fetchMock, 'POST', '/api/notifications/read-all?ticketId=1')).toBe(0);
  });

  it('marks all read at once', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(
      [notice(11, 1, 'Needs you: INC-000001 Label printer'), notice(12, 2, 'INC-000002 resolved')],
      [],
    );
    renderApp('/portal');
    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Mark all read', hidden: true }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeVisible();
    expect(calls(fetchMock, 'POST', '/api/notifications/read-all')).toBe(1);
    expect(screen.queryByRole('menuitem', { name: 'Mark all read', hidden: true })).toBeNull();
  });

  it('reads what it said about a ticket when the ticket is opened another way', async () => {
    const fetchMock = backend(
      [notice(11, 1, 'Needs you: INC-000001 Label printer'), notice(12, 2, 'INC-000002 replied')],
      [ticket(1, { status: 'PENDING', pendingReason: 'CUSTOMER' })],
    );
    renderApp('/portal/tickets/1');
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();
    expect(calls(fetchMock, 'POST', '/api/notifications/read-all?ticketId=1')).toBe(1);
  });
});
