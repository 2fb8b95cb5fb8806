import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import type { GroupRef, RoutingRule } from '../types';

function me(roles: string[]) {
  return {
    username: roles[0],
    displayName: 'Sam Rivera',
    roles,
    organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
  };
}

const SERVICE_DESK: GroupRef = { id: 10, name: 'Service Desk', tier: 'L1', retired: false };
const OVERNIGHT: GroupRef = {
  id: 11,
  name: 'Northwind Overnight Desk',
  tier: 'L1',
  retired: false,
};
const CLINICAL: GroupRef = { id: 20, name: 'Clinical Applications', tier: 'L2', retired: false };
const IMAGING: GroupRef = { id: 21, name: 'Imaging', tier: 'L2', retired: false };
const GROUPS = [OVERNIGHT, SERVICE_DESK, CLINICAL, IMAGING];

function rule(id: number, position: number, words: string[], group: GroupRef): RoutingRule {
  return {
    id,
    tier: 'L1',
    position,
    group,
    applications: [],
    categories: [],
    types: [],
    impacts: [],
    departments: [],
    locations: [],
    titleWords: words,
    description: `Tickets whose title says "${words[0]}" go to ${group.name}.`,
    version: 2,
    updatedBy: 'Sam Rivera (admin)',
    updatedAt: '2026-12-01T10:00:00Z',
  };
}

const PRINTER = rule(1, 0, ['printer'], OVERNIGHT);
const BADGE = rule(2, 1, ['badge'], SERVICE_DESK);

function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(init?.body as string) as unknown;
}

function backend(rules: RoutingRule[], extra: Parameters<typeof mockFetch>[0] = {}) {
  startSession('t', 3600);
  return mockFetch({
    'GET /api/me': () => json(me(['admin'])),
    'GET /api/routing-rules/groups': () => json(GROUPS),
    'GET /api/applications?page=0&size=500': () =>
      json({
        items: [{ id: 5, name: 'Epic Ambulatory', category: 'EHR' }],
        page: 0,
        size: 500,
        total: 1,
      }),
    'GET /api/routing-rules?tier=L1&size=500': () =>
      json({ items: rules, page: 0, size: 500, total: rules.length }),
    'GET /api/routing-rules/defaults': () =>
      json([
        { tier: 'L1', group: SERVICE_DESK },
        { tier: 'L2', group: null },
        { tier: 'L3', group: null },
        { tier: 'VENDOR', group: null },
      ]),
    'GET /api/routing-rules/escalations': () =>
      json([{ group: SERVICE_DESK, nextTier: 'L2', target: null }]),
    ...extra,
  });
}

describe('routing rules', () => {
  it('lists the L1 rules in order with the default group and the escalation targets', async () => {
    backend([PRINTER, BADGE]);
    renderApp('/admin/routing');

    const table = await screen.findByRole('table', { name: 'L1 rules' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Tickets whose title says "printer"');
    expect(rows[0]).toHaveTextContent('Northwind Overnight Desk');
    expect(rows[1]).toHaveTextContent('badge');
    expect(screen.getByLabelText(/^Default L1 group/, { selector: 'input' })).toHaveValue(
      'Service Desk',
    );
    expect(
      await screen.findByLabelText('Service Desk escalates to', { selector: 'input' }),
    ).toHaveAttribute('placeholder', 'The L2 rules decide');
    expect(screen.getByRole('button', { name: 'Move rule 1 up' })).toBeDisabled();
  });

  it('moves a rule up by sending the new order', async () => {
    const fetchMock = backend([PRINTER, BADGE], {
      'PUT /api/routing-rules/order': () =>
        json({ items: [BADGE, PRINTER], page: 0, size: 500, total: 2 }),
    });
    const user = userEvent.setup();
    renderApp('/admin/routing');

    await user.click(await screen.findByRole('button', { name: 'Move rule 2 up' }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => url === '/api/routing-rules/order')).toBe(true),
    );
    const call = fetchMock.mock.calls.find(([url]) => url === '/api/routing-rules/order')!;
    expect(bodyOf(call[1])).toEqual({ tier: 'L1', ids: [2, 1] });
  });

  it('says what to do when a tier has no rules yet', async () => {
    backend([]);
    renderApp('/admin/routing');

    expect(await screen.findByRole('heading', { name: 'No L1 rules' })).toBeInTheDocument();
    expect(screen.getByText(/Every ticket goes to the default group above/)).toBeInTheDocument();
  });

  it('shows where a ticket would go and why earlier rules did not match', async () => {
    const fetchMock = backend([PRINTER, BADGE], {
      'POST /api/routing-rules/preview': () =>
        json({
          tier: 'L1',
          group: SERVICE_DESK,
          basis: 'RULE',
          rule: { id: 2, position: 1, description: BADGE.description },
          explanation: 'Rule 2 matched after 1 earlier rule: Service Desk takes it.',
          passedOver: [
            {
              ruleId: 1,
              position: 0,
              description: PRINTER.description,
              reason: 'the title has none of the words "printer"',
            },
          ],
        }),
    });
    const user = userEvent.setup();
    renderApp('/admin/routing');

    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Badge reader broken');
    await user.click(screen.getByRole('button', { name: 'Show where it goes' }));

    const answer = await screen.findByRole('status');
    expect(answer).toHaveTextContent('Goes to Service Desk');
    expect(answer).toHaveTextContent('Rule 2 matched after 1 earlier rule');
    expect(answer).toHaveTextContent('the title has none of the words "printer"');
    const call = fetchMock.mock.calls.find(([url]) => url === '/api/routing-rules/preview')!;
    expect(bodyOf(call[1])).toMatchObject({
      tier: 'L1',
      type: 'INCIDENT',
      applicationId: null,
      impact: 3,
      title: 'Badge reader broken',
    });
  });

  it('shows the refusal when a rule names a retired group', async () => {
    backend([PRINTER], {
      'POST /api/routing-rules': () =>
        json(
          {
            type: 'about:blank',
            title: 'Unprocessable',
            status: 422,
            errors: [
              {
                field: 'groupId',
                message: 'Old Desk is retired: choose a group that still takes tickets.',
              },
            ],
          },
          422,
          'application/problem+json',
        ),
    });
    const user = userEvent.setup();
    renderApp('/admin/routing');

    await user.click(await screen.findByRole('button', { name: 'Add L1 rule' }));
    const dialog = await screen.findByRole('dialog');
    const words = within(dialog).getByLabelText(/^Words in the title/, { selector: 'input' });
    await user.type(words, 'printer{Enter}');
    await pick(
      user,
      within(dialog).getByLabelText(/^Send to group/, { selector: 'input' }),
      /Service Desk/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Old Desk is retired');
  });

  it('asks for a support group first when there is none', async () => {
    backend([], { 'GET /api/routing-rules/groups': () => json([]) });
    renderApp('/admin/routing');

    expect(
      await screen.findByRole('heading', { name: 'Create a support group first' }),
    ).toBeInTheDocument();
  });
});
