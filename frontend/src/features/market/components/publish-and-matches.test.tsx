import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend } from '@/testing/fake-backend';
import {
  APEX_ID,
  NORTHWIND_ID,
  fakeMarket,
  match,
  problemOf,
  staffingRequest,
} from '@/testing/fake-market';
import { renderApp } from '@/testing/render';

async function openRequest(user: ReturnType<typeof userEvent.setup>, title: string) {
  const table = await screen.findByRole('table', { name: 'Staffing requests' });
  await user.click(within(table).getByRole('button', { name: title }));
  return screen.findByRole('dialog', { name: 'Staffing request' });
}

describe('publishing a staffing request and ranking partners', { timeout: 60_000 }, () => {
  it('ranks partners with their reasons, published or not and their proposals', async () => {
    const market = fakeMarket({
      matches: [
        match(),
        match({
          partnerId: APEX_ID,
          name: 'Apex Clinical IT Staffing',
          score: 38,
          reasons: ['covers 1 of 2 applications at level ≥ 3', 'no business associate agreement'],
          published: true,
          proposals: 2,
        }),
      ],
    });
    fakeBackend(['it-leader'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const drawer = await openRequest(user, staffingRequest().title);
    const ranked = await within(drawer).findByRole('region', { name: 'Matching partners' });
    const northwind = within(ranked).getByRole('listitem', {
      name: '1. Northwind Managed Services',
    });
    expect(
      within(northwind).getByText('covers 1 of 2 applications at level ≥ 3; no nights'),
    ).toBeInTheDocument();
    expect(within(northwind).getByText('72 / 100')).toBeInTheDocument();
    expect(within(northwind).getByText('Not published')).toBeInTheDocument();
    expect(within(northwind).getByText('0 proposals')).toBeInTheDocument();
    expect(within(northwind).getByText(/50% of the support window/)).toBeInTheDocument();
    const apex = within(ranked).getByRole('listitem', { name: '2. Apex Clinical IT Staffing' });
    expect(
      within(apex).getByText(
        'covers 1 of 2 applications at level ≥ 3; no business associate agreement',
      ),
    ).toBeInTheDocument();
    expect(within(apex).getByText('Published')).toBeInTheDocument();
    expect(within(apex).getByText('2 proposals')).toBeInTheDocument();
  });

  it('publishes to every partner with the version read', async () => {
    const market = fakeMarket();
    fakeBackend(['it-leader'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const drawer = await openRequest(user, staffingRequest().title);
    expect(within(drawer).getByText('Not published yet')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Publish…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish to partners' });
    expect(within(dialog).getByRole('radio', { name: 'All partners' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Publish to all partners' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Publish to partners' })).toBeNull(),
    );
    expect(market.state.sent).toEqual([
      { method: 'POST', path: '/api/staffing-requests/4/publish', body: { all: true, version: 0 } },
    ]);
    expect(await within(drawer).findByText('All partners')).toBeInTheDocument();
    expect(within(drawer).getByText('Published')).toBeInTheDocument();
  });

  it('publishes to a shortlist, keeping those who see it already', async () => {
    const market = fakeMarket({
      requests: [
        staffingRequest({
          status: 'PUBLISHED',
          audience: 'SHORTLIST',
          version: 3,
          publishedTo: [
            { partnerId: APEX_ID, name: 'Apex Clinical IT Staffing', at: '2026-12-03T14:00:00Z' },
          ],
        }),
      ],
    });
    fakeBackend(['it-leader'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace?');
    await user.click(await screen.findByRole('radio', { name: 'Published' }));
    const drawer = await openRequest(user, staffingRequest().title);
    expect(within(drawer).getByText(/Apex Clinical IT Staffing \(since/)).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Publish to more partners…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish to partners' });
    expect(within(dialog).getByRole('radio', { name: 'A shortlist' })).toBeChecked();
    const apex = await within(dialog).findByRole('checkbox', { name: /Apex Clinical IT Staffing/ });
    expect(apex).toBeChecked();
    expect(apex).toBeDisabled();
    expect(within(dialog).getByText(/Sees it since/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /Northwind Managed Services/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Publish to the shortlist' }));
    await waitFor(() => expect(market.state.sent).toHaveLength(1));
    expect(market.state.sent[0]).toEqual({
      method: 'POST',
      path: '/api/staffing-requests/4/publish',
      body: { partnerIds: [APEX_ID, NORTHWIND_ID], version: 3 },
    });
  });

  it('asks for a partner before publishing an empty shortlist, and says when the request changed', async () => {
    const market = fakeMarket();
    fakeBackend(['admin'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const drawer = await openRequest(user, staffingRequest().title);
    await user.click(within(drawer).getByRole('button', { name: 'Publish…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish to partners' });
    await user.click(within(dialog).getByRole('radio', { name: 'A shortlist' }));
    await within(dialog).findByRole('checkbox', { name: /Northwind/ });
    await user.click(within(dialog).getByRole('button', { name: 'Publish to the shortlist' }));
    expect(within(dialog).getByText('Tick at least one partner')).toBeInTheDocument();
    expect(market.state.sent).toEqual([]);

    await user.click(within(dialog).getByRole('checkbox', { name: /Northwind/ }));
    market.state.failNext = problemOf(409, 'Conflict', 'The request changed');
    await user.click(within(dialog).getByRole('button', { name: 'Publish to the shortlist' }));
    expect(
      await within(dialog).findByText('This request changed since you read it'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('lets executives read the ranking but not publish', async () => {
    const market = fakeMarket();
    fakeBackend(['executive'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const drawer = await openRequest(user, staffingRequest().title);
    await within(drawer).findByRole('region', { name: 'Matching partners' });
    expect(within(drawer).queryByRole('button', { name: /Publish/ })).toBeNull();
  });
});
