import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend, urlOf } from '@/testing/fake-backend';
import { json } from '@/testing/fetch-mock';
import {
  APEX,
  NORTHWIND_ID,
  fakeMarket,
  partner,
  partnerManager,
  problemOf,
  proposal,
  staffingRequest,
} from '@/testing/fake-market';
import { renderApp } from '@/testing/render';

describe('the partners tab', { timeout: 60_000 }, () => {
  it('lists partners with offerings, tiers, applications and agreement, searches and opens one', async () => {
    const market = fakeMarket();
    const { calls } = fakeBackend(['it-leader'], market.handlers);
    const user = userEvent.setup();
    renderApp('/marketplace?tab=partners');
    const list = await screen.findByRole('list', { name: 'Partners' });
    const northwind = within(list).getByRole('listitem', { name: 'Northwind Managed Services' });
    expect(within(northwind).getByText('Service desk tier')).toBeInTheDocument();
    expect(within(northwind).getByText('Epic ClinDoc (level 3)')).toBeInTheDocument();
    expect(within(northwind).getByText('Agreement on file')).toBeInTheDocument();
    expect(within(northwind).getByText('L2')).toBeInTheDocument();
    expect(within(northwind).getByText(/1 named person · 1 active engagement/)).toBeInTheDocument();
    const apex = within(list).getByRole('listitem', { name: 'Apex Clinical IT Staffing' });
    expect(within(apex).getByText('No agreement')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Search partners'), 'apex');
    await waitFor(() =>
      expect(calls('GET', '/api/partners').at(-1)?.searchParams.get('q')).toBe('apex'),
    );
    await waitFor(() =>
      expect(
        within(list).queryByRole('listitem', { name: 'Northwind Managed Services' }),
      ).toBeNull(),
    );
    await user.click(within(list).getByRole('button', { name: 'Apex Clinical IT Staffing' }));
    const drawer = await screen.findByRole('dialog', { name: 'Partner' });
    const details = await within(drawer).findByRole('table', { name: 'Partner details' });
    expect(
      within(details).getByText('No business associate agreement on file'),
    ).toBeInTheDocument();
    expect(within(details).getByText('L2, L3')).toBeInTheDocument();
    expect(within(drawer).getByText('L1 analyst $55.00/h')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Search partners'));
    await user.type(screen.getByLabelText('Search partners'), 'nobody');
    expect(await screen.findByText('No partner matches your search')).toBeInTheDocument();
  });

  it('shows an error with a retry when the partners cannot be read', async () => {
    fakeBackend(['it-leader'], {
      ...fakeMarket().handlers,
      'GET /api/partners': () => problemOf(503, 'Service Unavailable', 'Down for a moment'),
    });
    renderApp('/marketplace?tab=partners');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('We could not load the partners')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('a partner manager', { timeout: 60_000 }, () => {
  function backend(market: ReturnType<typeof fakeMarket>) {
    return fakeBackend(['partner-manager', 'partner-agent'], {
      ...market.handlers,
      'GET /api/me': () => partnerManager(),
      'GET /api/engagements': () => json({ items: [], page: 0, size: 20, total: 0 }),
    });
  }

  it('sees the requests published to it and never a competitor, its matches or the comparison', async () => {
    const market = fakeMarket(
      {
        requests: [
          staffingRequest({
            status: 'PUBLISHED',
            audience: 'SHORTLIST',
            publishedTo: [
              {
                partnerId: NORTHWIND_ID,
                name: 'Northwind Managed Services',
                at: '2026-12-03T14:00:00Z',
              },
              { partnerId: APEX.id, name: APEX.name, at: '2026-12-03T14:00:00Z' },
            ],
          }),
          staffingRequest({
            id: 5,
            title: 'Apex only',
            status: 'PUBLISHED',
            audience: 'SHORTLIST',
            publishedTo: [{ partnerId: APEX.id, name: APEX.name, at: '2026-12-03T14:00:00Z' }],
          }),
          staffingRequest({ id: 6, title: 'Not yet published' }),
        ],
        proposals: [
          proposal({ id: 33, partner: { id: APEX.id, name: APEX.name }, hourlyRate: 140 }),
        ],
      },
      { partnerId: NORTHWIND_ID },
    );
    const { fetchMock } = backend(market);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const tabs = await screen.findByRole('tablist');
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Requests for you', 'Our proposals', 'Our profile', 'Engagements']);
    const card = await screen.findByRole('listitem', { name: staffingRequest().title });
    expect(within(card).getByRole('button', { name: /^Propose/ })).toBeInTheDocument();
    expect(screen.queryByText('Apex only')).toBeNull();
    expect(screen.queryByText('Not yet published')).toBeNull();
    expect(screen.queryByText(/Apex/)).toBeNull();

    await user.click(within(tabs).getByRole('tab', { name: 'Our proposals' }));
    expect(await screen.findByText('No proposals yet')).toBeInTheDocument();
    expect(screen.queryByText(/Apex|\$140/)).toBeNull();

    await user.click(within(tabs).getByRole('tab', { name: 'Our profile' }));
    await screen.findByRole('heading', { name: 'Northwind Managed Services: our profile' });
    expect(screen.queryByText(/Apex/)).toBeNull();

    const paths = fetchMock.mock.calls.map(([input]) => urlOf(input).pathname);
    expect(paths.some((p) => /matches|comparison|\/api\/partners\/3/.test(p))).toBe(false);
  });

  it('edits its own profile and saves it with the version read; a 409 asks to reload', async () => {
    const market = fakeMarket({}, { partnerId: NORTHWIND_ID });
    backend(market);
    const user = userEvent.setup();
    renderApp('/marketplace?tab=profile');
    const summary = await screen.findByLabelText('Summary');
    await user.clear(summary);
    await user.type(summary, 'Nights and Epic, done well.');
    await user.type(
      screen.getAllByLabelText('Regions').find((element) => element.tagName === 'INPUT')!,
      'US Midwest{Enter}',
    );
    await user.click(screen.getByRole('checkbox', { name: 'L3' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(market.state.sent).toHaveLength(1));
    expect(market.state.sent[0]).toMatchObject({
      method: 'PUT',
      path: `/api/partners/${NORTHWIND_ID}`,
      body: {
        summary: 'Nights and Epic, done well.',
        regions: ['US East', 'US Midwest'],
        tiers: ['L1', 'L2', 'L3'],
        certifications: ['ITIL 4'],
        offerings: partner().offerings,
        capabilities: [{ applicationId: 13, level: 3 }],
        people: [
          {
            name: 'Lena Ortiz',
            title: 'Epic analyst',
            zone: 'America/New_York',
            capacityHours: 40,
            shifts: [{ day: 'MON', from: '07:00', to: '19:00' }],
            skills: [{ applicationId: 13, level: 3 }],
          },
        ],
        version: 5,
      },
    });
    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();

    // Saving again sends the version the last save returned; someone else saved meanwhile.
    market.state.failNext = problemOf(409, 'Conflict', 'Stale version');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Your profile changed since you read it')).toBeInTheDocument();
    expect((market.state.sent[1]!.body as { version: number }).version).toBe(6);
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect(screen.queryByText('Your profile changed since you read it')).toBeNull(),
    );
  });
});

describe('a partner manager’s inbox', { timeout: 60_000 }, () => {
  it('says when nothing is published to it yet', async () => {
    const market = fakeMarket({ requests: [staffingRequest()] }, { partnerId: NORTHWIND_ID });
    fakeBackend(['partner-manager'], {
      ...market.handlers,
      'GET /api/me': () => partnerManager(),
    });
    renderApp('/marketplace');
    expect(await screen.findByText('No requests for you yet')).toBeInTheDocument();
  });

  it('shows an error with a retry when the requests cannot be read', async () => {
    fakeBackend(['partner-manager'], {
      ...fakeMarket({}, { partnerId: NORTHWIND_ID }).handlers,
      'GET /api/me': () => partnerManager(),
      'GET /api/staffing-requests': () => problemOf(500, 'Internal Server Error', 'Boom'),
    });
    renderApp('/marketplace');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('We could not load the requests published to you'),
    ).toBeInTheDocument();
  });
});
