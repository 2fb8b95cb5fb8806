import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { startSession } from '@/lib/session';
import { json } from '@/testing/fetch-mock';
import { pick } from '@/testing/select';
import type { WatcherList } from '../types';
import { CannedRepliesManager } from './CannedRepliesManager';
import { ReplyBox } from './ReplyBox';
import { WatchersPanel } from './WatchersPanel';

type Handler = (init: RequestInit | undefined) => Response | Promise<Response>;

function backend(handlers: Record<string, Handler>) {
  startSession('t', 3600);
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const handler = handlers[`${init?.method ?? 'GET'} ${url}`];
    if (!handler) return json({ title: 'Not Found', status: 404 }, 404, 'application/problem+json');
    return handler(init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderWithin(children: ReactNode) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  return render(<AppProvider queryClient={queryClient}>{children}</AppProvider>);
}

/** A Select's input (its listbox carries the same label). */
async function inputLabelled(label: string): Promise<HTMLInputElement> {
  const all = await screen.findAllByLabelText(label);
  return all.find((element) => element.tagName === 'INPUT') as HTMLInputElement;
}

describe('canned reply picker', { timeout: 60_000 }, () => {
  it('inserts the server-filled text into the reply box, to edit before sending', async () => {
    const fetchMock = backend({
      'GET /api/tickets/5/canned-replies': () =>
        json([
          {
            id: 11,
            groupId: 1,
            groupName: 'Service Desk',
            title: 'Password reset',
            text: 'Hello Nora, your password for INC-000005 is reset.',
          },
          {
            id: 12,
            groupId: 1,
            groupName: 'Service Desk',
            title: 'Known outage',
            text: 'We know about the outage.',
          },
        ]),
      'POST /api/tickets/5/comments': () =>
        json({ id: 1, authorName: 'Dana', visibility: 'PUBLIC', body: 'x', createdAt: '' }, 201),
    });
    const user = userEvent.setup();
    renderWithin(<ReplyBox ticketId={5} allowInternal cannedReplies />);

    const picker = await inputLabelled('Canned reply');
    await waitFor(() => expect(picker).toBeEnabled());
    await user.type(picker, 'pass');
    const listbox = document.getElementById(picker.getAttribute('aria-controls')!)!;
    expect(
      within(listbox).queryByRole('option', { name: /Known outage/, hidden: true }),
    ).toBeNull();
    await user.click(within(listbox).getByRole('option', { name: /Password reset/, hidden: true }));

    const box = screen.getByRole('textbox', { name: 'Public reply' });
    expect(box).toHaveValue('Hello Nora, your password for INC-000005 is reset.');
    expect(picker).toHaveValue('');
    // A second one is added below what is there, not over it.
    await user.type(box, ' Call us if not.');
    await pick(user, picker, /Known outage/);
    expect(box).toHaveValue(
      'Hello Nora, your password for INC-000005 is reset. Call us if not.\n\nWe know about the outage.',
    );

    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => url === '/api/tickets/5/comments')).toBe(true),
    );
    const sent = fetchMock.mock.calls.find(([url]) => url === '/api/tickets/5/comments')!;
    expect(JSON.parse(sent[1]!.body as string)).toEqual({
      body: 'Hello Nora, your password for INC-000005 is reset. Call us if not.\n\nWe know about the outage.',
      visibility: 'PUBLIC',
    });
  });

  it('says so when the agent has no canned replies, and is not offered to requesters', async () => {
    backend({ 'GET /api/tickets/5/canned-replies': () => json([]) });
    const { unmount } = renderWithin(<ReplyBox ticketId={5} allowInternal cannedReplies />);
    expect(
      await screen.findByPlaceholderText('Your groups have no canned replies yet'),
    ).toBeDisabled();
    unmount();
    const fetchMock = backend({});
    renderWithin(<ReplyBox ticketId={5} allowInternal={false} />);
    expect(screen.queryByLabelText('Canned reply')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('reply box', { timeout: 60_000 }, () => {
  it('flags an empty note only once sent, follows the text after, and keeps the audience for the next', async () => {
    const fetchMock = backend({
      'POST /api/tickets/5/comments': () =>
        json({ id: 1, authorName: 'Dana', visibility: 'INTERNAL', body: 'x', createdAt: '' }, 201),
    });
    const user = userEvent.setup();
    renderWithin(<ReplyBox ticketId={5} allowInternal />);

    await user.click(screen.getByText('Internal note (desk only)'));
    const box = screen.getByRole('textbox', { name: 'Internal note' });
    await user.type(box, 'x');
    await user.clear(box);
    expect(screen.queryByText('Write something first')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add internal note' }));
    expect(await screen.findByText('Write something first')).toBeInTheDocument();
    await user.type(box, 'Checked the printer queue');
    expect(screen.queryByText('Write something first')).toBeNull();
    await user.clear(box);
    expect(screen.getByText('Write something first')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(box, 'Checked the printer queue');
    await user.click(screen.getByRole('button', { name: 'Add internal note' }));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({
      body: 'Checked the printer queue',
      visibility: 'INTERNAL',
    });
    expect(screen.getByRole('button', { name: 'Add internal note' })).toBeInTheDocument();
    expect(screen.queryByText('Write something first')).toBeNull();
  });
});

describe('watchers panel', { timeout: 60_000 }, () => {
  const base: WatcherList = {
    items: [
      {
        accountId: 7,
        name: 'Alex Kim',
        organization: 'Riverside Health',
        since: '2026-12-06T10:00:00Z',
      },
    ],
    watching: false,
    canAdd: true,
    candidates: [
      { accountId: 42, name: 'Dana Whitfield', organization: 'Riverside Health' },
      { accountId: 9, name: 'Sam Okafor', organization: 'Northwind Managed Services' },
    ],
    callerAccountId: 42,
  };

  it('lets the caller watch, add a colleague and remove one', async () => {
    const danaWatching: WatcherList = {
      ...base,
      items: [
        ...base.items,
        { accountId: 42, name: 'Dana Whitfield', organization: 'Riverside Health', since: '' },
      ],
      watching: true,
      candidates: base.candidates.slice(1),
    };
    const fetchMock = backend({
      'GET /api/tickets/5/watchers': () => json(base),
      'PUT /api/tickets/5/watchers/42': () => json(danaWatching),
      'PUT /api/tickets/5/watchers/9': () =>
        json({
          ...danaWatching,
          items: [
            ...danaWatching.items,
            { accountId: 9, name: 'Sam Okafor', organization: 'Northwind', since: '' },
          ],
          candidates: [],
        }),
      'DELETE /api/tickets/5/watchers/7': () =>
        json({ ...danaWatching, items: danaWatching.items.slice(1) }),
      'GET /api/tickets/5/audit': () => json([]),
    });
    const user = userEvent.setup();
    renderWithin(<WatchersPanel ticketId={5} />);

    expect(await screen.findByText('Alex Kim')).toBeInTheDocument();
    // The caller is not offered as someone to add: "Watch" is the way for her.
    const add = await inputLabelled('Add a watcher');
    await user.click(add);
    const listbox = document.getElementById(add.getAttribute('aria-controls')!)!;
    expect(within(listbox).queryByRole('option', { name: /Dana/, hidden: true })).toBeNull();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Watch' }));
    expect(await screen.findByRole('button', { name: 'Stop watching' })).toBeInTheDocument();
    expect(screen.getByText(/Dana Whitfield \(you\)/)).toBeInTheDocument();
    // No remove button beside herself: "Stop watching" does that.
    expect(screen.queryByRole('button', { name: /Remove Dana/ })).toBeNull();

    await pick(user, await inputLabelled('Add a watcher'), /Sam Okafor/);
    expect(await screen.findByText('Sam Okafor')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Alex Kim from the watchers' }));
    await waitFor(() => expect(screen.queryByText('Alex Kim')).toBeNull());
    const calls = fetchMock.mock.calls.map(
      ([url, init]) => `${init?.method ?? 'GET'} ${typeof url === 'string' ? url : ''}`,
    );
    expect(calls).toEqual(
      expect.arrayContaining([
        'PUT /api/tickets/5/watchers/42',
        'PUT /api/tickets/5/watchers/9',
        'DELETE /api/tickets/5/watchers/7',
      ]),
    );
  });

  it('shows the refusal when a watcher cannot be added', async () => {
    backend({
      'GET /api/tickets/5/watchers': () => json({ ...base, items: [] }),
      'PUT /api/tickets/5/watchers/9': () =>
        json(
          {
            title: 'Unprocessable Entity',
            status: 422,
            detail: 'Sam Okafor cannot see this ticket, so cannot watch it.',
          },
          422,
          'application/problem+json',
        ),
    });
    const user = userEvent.setup();
    renderWithin(<WatchersPanel ticketId={5} />);
    expect(await screen.findByText('Nobody is watching')).toBeInTheDocument();
    await pick(user, await inputLabelled('Add a watcher'), /Sam Okafor/);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sam Okafor cannot see this ticket, so cannot watch it.',
    );
  });
});

describe('canned replies manager', { timeout: 60_000 }, () => {
  it('starts from an empty group, refuses an unknown placeholder and adds the reply', async () => {
    let saved = false;
    const fetchMock = backend({
      'GET /api/canned-reply-groups': () =>
        json([
          { id: 2, name: 'Northwind Overnight Desk', canManage: false },
          { id: 1, name: 'Service Desk', canManage: true },
        ]),
      'GET /api/support-groups/1/canned-replies': () =>
        json({
          items: saved
            ? [
                {
                  id: 3,
                  groupId: 1,
                  title: 'Outage',
                  body: 'Hi {{requester.firstName}}',
                  version: 0,
                  updatedBy: 'Dana',
                  updatedAt: '2026-12-06T10:00:00Z',
                },
              ]
            : [],
          canManage: true,
          placeholders: ['requester.firstName', 'ticket.number'],
        }),
      'POST /api/support-groups/1/canned-replies': (init) => {
        const body = JSON.parse(init!.body as string) as { body: string };
        if (body.body.includes('{{oops}}')) {
          return json(
            {
              title: 'Unprocessable Entity',
              status: 422,
              errors: [{ field: 'body', message: 'unknown placeholder {{oops}}' }],
            },
            422,
            'application/problem+json',
          );
        }
        saved = true;
        return json({ id: 3 }, 201);
      },
    });
    const user = userEvent.setup();
    renderWithin(<CannedRepliesManager />);

    // The group the caller manages is chosen first.
    expect(await screen.findByText('Service Desk has no canned replies yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New canned reply' }));
    await user.type(await screen.findByLabelText(/^Title/), 'Outage');
    const text = screen.getByLabelText(/^Text/);
    await user.click(text);
    await user.paste('Hi {{oops}}');
    await user.click(screen.getByRole('button', { name: 'Add canned reply' }));
    expect(await screen.findByText('unknown placeholder {{oops}}')).toBeInTheDocument();

    await user.clear(text);
    await user.paste('Hi ');
    await user.click(screen.getByRole('button', { name: '{{requester.firstName}}' }));
    expect(text).toHaveValue('Hi {{requester.firstName}}');
    await user.click(screen.getByRole('button', { name: 'Add canned reply' }));
    expect(await screen.findByRole('cell', { name: 'Outage' })).toBeInTheDocument();
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(JSON.parse(posts[1]![1]!.body as string)).toEqual({
      title: 'Outage',
      body: 'Hi {{requester.firstName}}',
    });
  });
});
