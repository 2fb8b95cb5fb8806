import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import { deskBackend, ticketSummary, ticketView, type Handler } from '../test-fixtures';
import type { TicketSummary } from '../types';
import type { BulkSummary, TicketLink } from '../types/links';

const AGENT = {
  username: 'agent',
  displayName: 'Dana Whitfield',
  roles: ['agent'],
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
};

const backend = (handlers: Record<string, Handler>) => deskBackend(AGENT, handlers);

function bodiesOf(fetchMock: ReturnType<typeof backend>, method: string, path: string) {
  return fetchMock.mock.calls
    .filter(([url, init]) => (init?.method ?? 'GET') === method && url === path)
    .map(([, init]) => JSON.parse(init?.body as string) as Record<string, unknown>);
}

// Ticket n was filed on the 2n-th of November (1 on the 21st, 2 on the 22nd): lower is older.
const summary = (id: number, extra: Partial<TicketSummary> = {}) =>
  ticketSummary(id, { createdAt: `2026-11-2${id}T10:00:00Z`, ...extra });

const view = ticketView;

const page = (items: TicketSummary[]) =>
  json({ items, page: 0, size: 25, total: items.length, totalExact: true });

function link(id: number, relation: TicketLink['relation'], other: TicketSummary): TicketLink {
  const type =
    relation === 'DUPLICATED_BY' ? 'DUPLICATE_OF' : relation === 'CAUSES' ? 'CAUSED_BY' : relation;
  return {
    id,
    type,
    relation,
    ticket: {
      id: other.id,
      number: other.number,
      title: other.title,
      status: other.status,
      priority: other.priority,
    },
    createdBy: 'Dana Whitfield',
    createdAt: '2026-11-23T10:00:00Z',
  };
}

describe('the queue bulk bar', () => {
  it('assigns the selection in one request and sums up each ticket’s outcome', async () => {
    const user = userEvent.setup();
    const answer: BulkSummary = {
      done: 1,
      failed: 2,
      results: [
        { ticketId: 1, outcome: 'DONE', number: 'INC-000001', version: 4, reason: null },
        { ticketId: 2, outcome: 'STALE', number: null, version: 9, reason: 'changed' },
        {
          ticketId: 3,
          outcome: 'REFUSED',
          number: null,
          version: null,
          reason: 'A CANCELLED ticket cannot be edited.',
        },
      ],
    };
    const fetchMock = backend({
      'GET /api/tickets': () => page([summary(1), summary(2, { version: 7 }), summary(3)]),
      'GET /api/support-groups/3/members': () =>
        json([{ staffId: 34, name: 'Mina Park', openTickets: 2 }]),
      'POST /api/tickets/bulk': () => json(answer),
    });
    renderApp('/workspace');
    await screen.findAllByTestId('ticket-row', {}, { timeout: 5000 });
    const bar = screen.getByRole('group', { name: 'Change the selected tickets' });
    expect(within(bar).getByRole('button', { name: 'Assign…' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Select all tickets on this page' }));
    await user.click(within(bar).getByRole('button', { name: 'Assign…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign 3 tickets' });
    await pick(user, within(dialog).getByLabelText(/Support group/), /Clinical Applications/);
    await pick(user, within(dialog).getByLabelText(/Person/), /Mina Park/);
    await user.click(within(dialog).getByRole('button', { name: 'Assign 3 tickets' }));

    expect(await within(dialog).findByText('1 of 3 done')).toBeInTheDocument();
    expect(within(dialog).getByText('2 not assigned')).toBeInTheDocument();
    expect(within(dialog).getByText(/someone changed it meanwhile/)).toBeInTheDocument();
    expect(within(dialog).getByText(/A CANCELLED ticket cannot be edited/)).toBeInTheDocument();
    expect(bodiesOf(fetchMock, 'POST', '/api/tickets/bulk')).toEqual([
      {
        action: 'ASSIGN',
        ticketIds: [1, 2, 3],
        versions: { '1': 3, '2': 7, '3': 3 },
        groupId: 3,
        assigneeId: 34,
      },
    ]);
    // No client-side loop of single-ticket writes any more.
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false);
  }, 20_000);

  it('resolves duplicates into the original the agent picks, which stays out of the change', async () => {
    const user = userEvent.setup();
    const fetchMock = backend({
      'GET /api/tickets': () => page([summary(1), summary(2), summary(3)]),
      'POST /api/tickets/bulk': () =>
        json({
          done: 2,
          failed: 0,
          results: [
            { ticketId: 1, outcome: 'DONE', number: 'INC-000001', version: 4, reason: null },
            { ticketId: 3, outcome: 'DONE', number: 'INC-000003', version: 4, reason: null },
          ],
        }),
    });
    renderApp('/workspace');
    await screen.findAllByTestId('ticket-row', {}, { timeout: 5000 });
    const bar = screen.getByRole('group', { name: 'Change the selected tickets' });
    const rows = screen.getAllByTestId('ticket-row');
    await user.click(within(rows[0]!).getByRole('checkbox'));
    // One ticket alone has nothing to be a duplicate of.
    expect(within(bar).getByRole('button', { name: 'Resolve as duplicate…' })).toBeDisabled();
    await user.click(within(rows[1]!).getByRole('checkbox'));
    await user.click(within(rows[2]!).getByRole('checkbox'));
    await user.click(within(bar).getByRole('button', { name: 'Resolve as duplicate…' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Resolve duplicates among 3 tickets',
    });
    await pick(user, within(dialog).getByLabelText(/Original ticket/), /INC-000002/);
    expect(
      within(dialog).getByText(/2 tickets are resolved as “Duplicate of INC-000002”/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Resolve 2 as duplicates' }));

    expect(await within(dialog).findByText('2 of 2 done')).toBeInTheDocument();
    expect(bodiesOf(fetchMock, 'POST', '/api/tickets/bulk')).toEqual([
      {
        action: 'RESOLVE_DUPLICATE',
        ticketIds: [1, 3],
        versions: { '1': 3, '3': 3 },
        duplicateOf: 2,
      },
    ]);
  }, 20_000);
});

describe('the links panel of a ticket', () => {
  it('shows links both ways with their status and links another ticket by number', async () => {
    const user = userEvent.setup();
    const fetchMock = backend({
      'GET /api/tickets/5': () => json(view(5)),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
      'GET /api/tickets/5/links': () =>
        json([
          link(1, 'DUPLICATED_BY', summary(7, { status: 'RESOLVED', title: 'Labels blank on 4W' })),
          link(2, 'CAUSES', summary(8, { title: 'Pharmacy queue backed up' })),
        ]),
      'POST /api/tickets/5/links': () => json(link(3, 'CAUSED_BY', summary(42)), 201),
    });
    renderApp('/workspace/tickets/5');
    const panel = await screen.findByRole('region', { name: 'Linked tickets' });
    expect(await within(panel).findByText('Duplicated by')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'INC-000007' })).toHaveAttribute(
      'href',
      '/workspace/tickets/7',
    );
    expect(within(panel).getByText('Resolved')).toBeInTheDocument();
    expect(within(panel).getByText('Causes')).toBeInTheDocument();
    expect(within(panel).getByText('Pharmacy queue backed up')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Link ticket' }));
    const dialog = await screen.findByRole('dialog', { name: 'Link INC-000005 to another ticket' });
    await pick(user, within(dialog).getByLabelText('INC-000005 is'), /caused by/);
    await user.type(within(dialog).getByLabelText(/Ticket number/), 'inc-42');
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bodiesOf(fetchMock, 'POST', '/api/tickets/5/links')).toEqual([
      { type: 'CAUSED_BY', number: 'INC-000042' },
    ]);
  }, 20_000);

  it('merges into another ticket only after showing what will happen', async () => {
    const user = userEvent.setup();
    const fetchMock = backend({
      'GET /api/tickets/5': () => json(view(5, { version: 6 })),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
      'GET /api/tickets/5/links': () => json([]),
      'GET /api/tickets': () =>
        page([summary(9, { title: 'Label printers offline', status: 'IN_PROGRESS' })]),
      'POST /api/tickets/5/merge': () =>
        json(
          view(5, {
            status: 'RESOLVED',
            resolutionCode: 'DUPLICATE',
            resolution: 'Duplicate of INC-000009',
            version: 7,
          }),
        ),
    });
    renderApp('/workspace/tickets/5');
    const panel = await screen.findByRole('region', { name: 'Linked tickets' });
    expect(await within(panel).findByText('None')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Merge into…' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Merge INC-000005 into another ticket',
    });
    await user.type(within(dialog).getByLabelText(/carries the work/), 'INC-9');
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));

    expect(await within(dialog).findByText('Label printers offline')).toBeInTheDocument();
    expect(
      within(dialog).getByText(/INC-000005 will be resolved as “Duplicate of INC-000009”/),
    ).toBeInTheDocument();
    expect(bodiesOf(fetchMock, 'POST', '/api/tickets/5/merge')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Merge into INC-000009' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bodiesOf(fetchMock, 'POST', '/api/tickets/5/merge')).toEqual([{ into: 9, version: 6 }]);
    expect(await screen.findByText('Duplicate of INC-000009')).toBeInTheDocument();
  }, 20_000);
});
