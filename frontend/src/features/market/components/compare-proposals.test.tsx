import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ComparedProposal } from '@/features/market';
import { fakeBackend } from '@/testing/fake-backend';
import { APEX_ID, fakeMarket, problemOf, proposal, staffingRequest } from '@/testing/fake-market';
import { renderApp } from '@/testing/render';

const REQUEST = staffingRequest({ status: 'PUBLISHED', audience: 'ALL', version: 1 });

const NORTHWIND: ComparedProposal = {
  ...proposal({ id: 31, version: 2 }),
  weeklyCost: 3400,
  whatIf: {
    before: { good: 10, risk: 4, gap: 3 },
    after: { good: 11, risk: 4, gap: 2 },
    changes: [
      {
        applicationId: 12,
        name: 'Telestroke Network',
        before: 'GAP',
        after: 'GOOD',
        busFactorBefore: 0,
        busFactorAfter: 2,
        windowCoverageBefore: 0.4,
        windowCoverageAfter: 1,
      },
    ],
  },
};

const APEX: ComparedProposal = {
  ...proposal({
    id: 32,
    partner: { id: APEX_ID, name: 'Apex Clinical IT Staffing' },
    hourlyRate: 110,
    tier: 'L3',
    notes: null,
    people: [
      {
        name: 'Grace Kim',
        email: null,
        title: 'Telestroke engineer',
        zone: 'America/Chicago',
        capacityHours: 30,
        shifts: [{ day: 'SAT', from: '08:00', to: '20:00' }],
        skills: [{ applicationId: 12, application: 'Telestroke Network', level: 4 }],
      },
    ],
    version: 0,
  }),
  weeklyCost: 3300,
  whatIf: {
    before: { good: 10, risk: 4, gap: 3 },
    after: { good: 10, risk: 5, gap: 2 },
    changes: [],
  },
};

async function openComparison(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('radio', { name: 'Published' }));
  const table = await screen.findByRole('table', { name: 'Staffing requests' });
  await user.click(within(table).getByRole('button', { name: REQUEST.title }));
  const drawer = await screen.findByRole('dialog', { name: 'Staffing request' });
  await user.click(within(drawer).getByRole('button', { name: 'Compare proposals' }));
  const dialog = await screen.findByRole('dialog', { name: 'Compare proposals' });
  return within(dialog).findByRole('table', { name: 'Proposals side by side' });
}

describe('comparing proposals and deciding', { timeout: 60_000 }, () => {
  it('shows proposals side by side with cost and what each does to the matrix', async () => {
    const market = fakeMarket({ requests: [REQUEST], compared: [NORTHWIND, APEX] });
    fakeBackend(['it-leader'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const table = await openComparison(user);
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Partner',
      'Northwind Managed ServicesSubmitted',
      'Apex Clinical IT StaffingSubmitted',
    ]);
    const row = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!);
    expect(row('People').getByText('Lena Ortiz')).toBeInTheDocument();
    expect(row('People').getByText('Telestroke Network 4')).toBeInTheDocument();
    expect(row('People').getByText('30 h/week · Sat 08:00–20:00')).toBeInTheDocument();
    expect(row('Hourly rate').getByText('$85.00')).toBeInTheDocument();
    expect(row('Weekly cost').getByText('$3,400.00')).toBeInTheDocument();
    expect(row('Weekly cost').getByText('$3,300.00')).toBeInTheDocument();
    expect(row('Tier').getByText('L3')).toBeInTheDocument();
    expect(row('Commitments').getAllByText('Response 30 min · resolution 8 h')).toHaveLength(2);
    expect(
      row('Coverage matrix').getAllByText('Before: 10 good · 4 at risk · 3 gaps'),
    ).toHaveLength(2);
    expect(
      row('Coverage matrix').getByText('After: 11 good · 4 at risk · 2 gaps'),
    ).toBeInTheDocument();
    const changes = row('Applications that change');
    expect(changes.getByText('Telestroke Network')).toBeInTheDocument();
    expect(changes.getByText(/Gap/)).toBeInTheDocument();
    expect(changes.getByText('experts 0 → 2, window 40% → 100%')).toBeInTheDocument();
    expect(changes.getByText('No application changes status')).toBeInTheDocument();
  });

  it('accepts one with a required comment and the version compared', async () => {
    const market = fakeMarket({ requests: [REQUEST], compared: [NORTHWIND, APEX] });
    fakeBackend(['it-leader'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const table = await openComparison(user);
    await user.click(
      within(table).getByRole('button', {
        name: 'Accept the proposal of Northwind Managed Services',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Accept the proposal of Northwind Managed Services',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Accept proposal' }));
    expect(within(dialog).getByText('Say why, for the partner and the record')).toBeInTheDocument();
    expect(market.state.sent).toEqual([]);
    await user.type(within(dialog).getByLabelText(/^Comment/), 'Covers the nights we lack.');
    await user.click(within(dialog).getByRole('button', { name: 'Accept proposal' }));
    await waitFor(() =>
      expect(market.state.sent).toEqual([
        {
          method: 'POST',
          path: '/api/proposals/31/accept',
          body: { comment: 'Covers the nights we lack.', version: 2 },
        },
      ]),
    );
    expect(
      await screen.findByText('Accepted the proposal of Northwind Managed Services'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the engagements' })).toHaveAttribute(
      'href',
      '/marketplace?tab=engagements',
    );
    // Awarded: nothing more to accept, but the other partner can still be told no.
    await waitFor(() =>
      expect(within(table).queryByRole('button', { name: /^Accept/ })).toBeNull(),
    );
    expect(
      within(table).getByRole('button', {
        name: 'Decline the proposal of Apex Clinical IT Staffing',
      }),
    ).toBeInTheDocument();
    expect(within(table).getByText('Covers the nights we lack.')).toBeInTheDocument();
  });

  it('declines with a comment and says when the proposal changed first', async () => {
    const market = fakeMarket({ requests: [REQUEST], compared: [NORTHWIND, APEX] });
    fakeBackend(['admin'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const table = await openComparison(user);
    await user.click(
      within(table).getByRole('button', {
        name: 'Decline the proposal of Apex Clinical IT Staffing',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Decline the proposal of Apex Clinical IT Staffing',
    });
    await user.type(within(dialog).getByLabelText(/^Comment/), 'Weekends only.');
    market.state.failNext = problemOf(409, 'Conflict', 'The proposal changed');
    await user.click(within(dialog).getByRole('button', { name: 'Decline proposal' }));
    expect(
      await within(dialog).findByText('This proposal changed since you read it'),
    ).toBeInTheDocument();
    expect(market.state.sent[0]).toEqual({
      method: 'POST',
      path: '/api/proposals/32/decline',
      body: { comment: 'Weekends only.', version: 0 },
    });
  });

  it('shows a refusal that is not a stale version as the server says it', async () => {
    const market = fakeMarket({ requests: [REQUEST], compared: [NORTHWIND, APEX] });
    fakeBackend(['it-leader'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const table = await openComparison(user);
    await user.click(
      within(table).getByRole('button', {
        name: 'Accept the proposal of Northwind Managed Services',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Accept the proposal of Northwind Managed Services',
    });
    await user.type(within(dialog).getByLabelText(/^Comment/), 'Yes.');
    market.state.failNext = problemOf(409, 'Conflict', 'Refused', {
      errors: [
        { field: 'people', message: 'already on the hospital’s staff: lena@northwind.example' },
      ],
    });
    await user.click(within(dialog).getByRole('button', { name: 'Accept proposal' }));
    expect(
      await within(dialog).findByText('already on the hospital’s staff: lena@northwind.example'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('This proposal changed since you read it')).toBeNull();
  });

  it('lets executives compare but not decide', async () => {
    const market = fakeMarket({ requests: [REQUEST], compared: [NORTHWIND] });
    fakeBackend(['executive'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const table = await openComparison(user);
    expect(within(table).queryByRole('button', { name: /Accept/ })).toBeNull();
    expect(within(table).getByText('Not decided')).toBeInTheDocument();
  });
});
