import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend, fieldProblem } from '@/testing/fake-backend';
import {
  NORTHWIND_ID,
  fakeMarket,
  partnerManager,
  proposal,
  staffingRequest,
} from '@/testing/fake-market';
import { renderApp } from '@/testing/render';

const PUBLISHED = staffingRequest({
  status: 'PUBLISHED',
  audience: 'SHORTLIST',
  publishedTo: [
    { partnerId: NORTHWIND_ID, name: 'Northwind Managed Services', at: '2026-12-03T14:00:00Z' },
  ],
});

function backend(market: ReturnType<typeof fakeMarket>) {
  return fakeBackend(['partner-manager', 'partner-agent'], {
    ...market.handlers,
    'GET /api/me': () => partnerManager(),
  });
}

async function openEditor(user: ReturnType<typeof userEvent.setup>) {
  const card = await screen.findByRole('listitem', { name: PUBLISHED.title });
  await user.click(within(card).getByRole('button', { name: `Propose for ${PUBLISHED.title}` }));
  const drawer = await screen.findByRole('dialog', { name: 'New proposal' });
  await within(drawer).findByRole('group', { name: 'Person 1' });
  return drawer;
}

describe('a partner manager’s proposal', { timeout: 60_000 }, () => {
  it('checks the draft, then saves and submits two named people with the version', async () => {
    const market = fakeMarket({ requests: [PUBLISHED] }, { partnerId: NORTHWIND_ID });
    backend(market);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const drawer = await openEditor(user);

    // Nothing is sent while a person has no name and there is no rate.
    await user.click(within(drawer).getByRole('button', { name: 'Submit proposal' }));
    const first = within(drawer).getByRole('group', { name: 'Person 1' });
    expect(within(first).getByText('Give the person’s name')).toBeInTheDocument();
    // Focus goes to the first field refused, high up a long form.
    await waitFor(() => expect(within(first).getByLabelText(/^Name/)).toHaveFocus());
    expect(within(drawer).getByText('Give the hourly rate')).toBeInTheDocument();
    // People join the hospital's staff by their e-mail: a proposal needs it.
    expect(within(first).getByText(/Give their e-mail/)).toBeInTheDocument();
    expect(market.state.sent).toEqual([]);

    // The first person starts with the request's applications at its level.
    await user.type(within(first).getByLabelText(/^Name/), 'Lena Ortiz');
    await user.type(within(first).getByLabelText(/^Title/), 'Epic analyst');
    await user.type(within(first).getByLabelText(/^E-mail/), 'lena@northwind.example');
    expect(within(drawer).queryByText('Give the person’s name')).toBeNull();
    await user.click(
      within(first).getByRole('button', { name: 'Add Nights 19:00–07:00 for person 1' }),
    );
    await user.click(within(drawer).getByRole('button', { name: 'Add a person' }));
    const second = within(drawer).getByRole('group', { name: 'Person 2' });
    await user.type(within(second).getByLabelText(/^Name/), 'Omar Haddad');
    await user.type(within(second).getByLabelText(/^E-mail/), 'omar@northwind.example');
    await user.click(
      within(second).getByRole('button', { name: 'Add Weekdays 07:00–19:00 for person 2' }),
    );
    // The second person's skill names no application yet: the editor says so.
    await user.click(within(drawer).getByRole('button', { name: 'Submit proposal' }));
    expect(
      within(within(second).getByRole('group', { name: 'Skill 1 of person 2' })).getByText(
        'Choose the application',
      ),
    ).toBeInTheDocument();
    await user.click(within(second).getByRole('button', { name: 'Remove skill 1 of person 2' }));
    await user.type(within(drawer).getByLabelText(/^Hourly rate/), '85');
    await user.clear(within(drawer).getByLabelText(/^Response within/));
    await user.type(within(drawer).getByLabelText(/^Response within/), '15');
    await user.type(within(drawer).getByLabelText('Notes for the hospital'), 'Nights and days.');
    await user.click(within(drawer).getByRole('button', { name: 'Submit proposal' }));

    await waitFor(() => expect(market.state.sent).toHaveLength(2));
    const [created, submitted] = market.state.sent;
    expect(created).toMatchObject({
      method: 'POST',
      path: '/api/proposals',
      body: {
        staffingRequestId: 4,
        hourlyRate: 85,
        tier: 'L2',
        commitments: { responseMinutes: 15, resolutionHours: 8 },
        startsOn: '2026-12-21',
        notes: 'Nights and days.',
        people: [
          {
            name: 'Lena Ortiz',
            email: 'lena@northwind.example',
            title: 'Epic analyst',
            zone: 'America/New_York',
            capacityHours: 40,
            skills: [
              { applicationId: 12, level: 3 },
              { applicationId: 13, level: 3 },
            ],
          },
          {
            name: 'Omar Haddad',
            email: 'omar@northwind.example',
            zone: 'America/New_York',
            capacityHours: 40,
            skills: [],
          },
        ],
      },
    });
    const people = (created!.body as { people: { shifts: unknown[] }[] }).people;
    expect(people[0]!.shifts).toHaveLength(7);
    expect(people[0]!.shifts[0]).toEqual({ day: 'MON', from: '19:00', to: '07:00' });
    expect(people[1]!.shifts).toHaveLength(5);
    expect(submitted).toEqual({
      method: 'POST',
      path: '/api/proposals/90/submit',
      body: { version: 0 },
    });
    expect(
      await within(drawer).findByText(/Submitted: the hospital can now compare/),
    ).toBeVisible();
    expect(within(drawer).getByRole('button', { name: 'Withdraw' })).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Submit proposal' })).toBeNull();
  });

  it('shows the server’s refusals beside the person’s field', async () => {
    const market = fakeMarket({ requests: [PUBLISHED] }, { partnerId: NORTHWIND_ID });
    backend(market);
    const user = userEvent.setup();
    renderApp('/marketplace');
    const drawer = await openEditor(user);
    const first = within(drawer).getByRole('group', { name: 'Person 1' });
    await user.type(within(first).getByLabelText(/^Name/), 'Lena Ortiz');
    await user.type(within(first).getByLabelText(/^E-mail/), 'lena@northwind.example');
    await user.clear(within(first).getByLabelText(/^Time zone/));
    await user.type(within(first).getByLabelText(/^Time zone/), 'Mars/Olympus');
    await user.type(within(drawer).getByLabelText(/^Hourly rate/), '85');
    market.state.failNext = fieldProblem([
      { field: 'people[0].zone', message: 'not a time zone: Mars/Olympus' },
      { field: 'startsOn', message: 'must not be before the request starts' },
    ]);
    await user.click(within(drawer).getByRole('button', { name: 'Save draft' }));
    expect(await within(first).findByText('not a time zone: Mars/Olympus')).toBeInTheDocument();
    expect(within(drawer).getByText('must not be before the request starts')).toBeInTheDocument();
  });

  it('lists our proposals with their status and the hospital’s comment, and withdraws one', async () => {
    const market = fakeMarket(
      {
        requests: [PUBLISHED],
        proposals: [
          proposal({ id: 31, status: 'DECLINED', decisionComment: 'Too few night hours.' }),
          proposal({
            id: 32,
            status: 'SUBMITTED',
            version: 4,
            history: [
              {
                action: 'SUBMITTED',
                actor: 'partnermgr',
                actorName: 'Priya Raman',
                at: '2026-12-02T09:00:00Z',
                detail: null,
              },
            ],
          }),
        ],
      },
      { partnerId: NORTHWIND_ID },
    );
    backend(market);
    const user = userEvent.setup();
    renderApp('/marketplace?tab=proposals');
    const table = await screen.findByRole('table', { name: 'Our proposals' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByText('Declined')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Too few night hours.')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Submitted')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Not decided yet')).toBeInTheDocument();
    await user.click(within(rows[2]!).getByRole('button', { name: PUBLISHED.title }));
    const drawer = await screen.findByRole('dialog', { name: 'Proposal' });
    expect(await within(drawer).findByText('Submitted by Priya Raman')).toBeInTheDocument();
    expect(within(drawer).getByText('$85.00 (L2)')).toBeInTheDocument();
    await user.click(await within(drawer).findByRole('button', { name: 'Withdraw' }));
    await waitFor(() =>
      expect(market.state.sent).toEqual([
        { method: 'POST', path: '/api/proposals/32/withdraw', body: { version: 4 } },
      ]),
    );
    expect(await within(drawer).findByText('Withdrawn.')).toBeInTheDocument();
  });
});
