import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { bodyOf, fakeBackend, HOSPITAL, NORTHWIND, urlOf, user } from '../testing/backend';

const PAGE = '/admin/users';

function page(items = [user()], managedIn: 'MEDLEY' | 'KEYCLOAK' = 'MEDLEY') {
  return json({ items, page: 0, size: 25, total: items.length, managedIn });
}

describe('Users', () => {
  it('lists people with their roles, organisation and status', async () => {
    fakeBackend({
      'GET /api/users': () =>
        page([
          user(),
          user({
            id: 12,
            displayName: 'Sam Okafor',
            email: 'sam@northwind.example',
            roles: ['partner-agent'],
            organization: NORTHWIND,
            passwordSet: false,
            lastSignInAt: null,
          }),
        ]),
    });
    renderApp(PAGE);
    const dana = (await screen.findByText('Dana Reyes')).closest('tr')!;
    expect(within(dana).getByText('End user')).toBeInTheDocument();
    expect(within(dana).getByText('Active')).toBeInTheDocument();
    const sam = screen.getByText('Sam Okafor').closest('tr')!;
    expect(within(sam).getByText('Partner agent')).toBeInTheDocument();
    expect(within(sam).getByText('Northwind Managed Services')).toBeInTheDocument();
    expect(within(sam).getByText('No password yet')).toBeInTheDocument();
    expect(within(sam).getByText('Never')).toBeInTheDocument();
  });

  it('sends the search and filters to the server', async () => {
    const fetchMock = fakeBackend({ 'GET /api/users': () => page() });
    renderApp(PAGE);
    await screen.findByText('Dana Reyes');
    await userEvent.type(screen.getByLabelText('Search'), 'reyes');
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(([input]) => urlOf(input).searchParams.get('q') === 'reyes'),
      ).toBe(true),
    );
  });

  it('invites a person and shows the one-time link when Medley sends no mail', async () => {
    let sent: Record<string, unknown> = {};
    fakeBackend({
      'GET /api/users': () => page(),
      'POST /api/users/invitations': (_url, init) => {
        sent = bodyOf(init);
        return json(
          {
            user: user({ id: 20, displayName: 'Lee Park', passwordSet: false }),
            invitation: {
              emailed: false,
              link: 'http://medley.test/set-password#token=abc123',
              expiresAt: '2026-12-09T10:00:00Z',
            },
          },
          201,
        );
      },
    });
    renderApp(PAGE);
    await userEvent.click(await screen.findByRole('button', { name: 'Invite a person' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Lee Park');
    await userEvent.type(within(dialog).getByLabelText(/^E-mail address/), 'lee@riverside.example');
    await userEvent.click(within(dialog).getByLabelText('Service desk agent'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Invite' }));
    expect(await screen.findByTestId('one-time-link')).toHaveTextContent(
      'http://medley.test/set-password#token=abc123',
    );
    expect(sent).toMatchObject({
      email: 'lee@riverside.example',
      displayName: 'Lee Park',
      organizationId: HOSPITAL.id,
    });
    expect(sent.roles).toEqual(['end-user', 'agent']);
  });

  it('shows a refusal next to the field it names', async () => {
    fakeBackend({
      'GET /api/users': () => page(),
      'POST /api/users/invitations': () =>
        json(
          {
            title: 'Conflict',
            status: 409,
            detail: 'another account already has the address',
            errors: [{ field: 'email', message: 'another account already has the address' }],
          },
          409,
          'application/problem+json',
        ),
    });
    renderApp(PAGE);
    await userEvent.click(await screen.findByRole('button', { name: 'Invite a person' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Dana Again');
    await userEvent.type(within(dialog).getByLabelText(/^E-mail address/), 'dana@x.example');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Invite' }));
    expect(
      await within(dialog).findByText('another account already has the address'),
    ).toBeVisible();
  });

  it('disables a person only after confirmation', async () => {
    let disabled = false;
    fakeBackend({
      'GET /api/users': () => page(),
      'POST /api/users/11/disable': () => {
        disabled = true;
        return json(user({ enabled: false }));
      },
    });
    renderApp(PAGE);
    await userEvent.click(await screen.findByRole('button', { name: 'Actions for Dana Reyes' }));
    // The menu fades in; a busy CI machine has taken more than the default 5 s.
    await userEvent.click(
      await screen.findByRole('menuitem', { name: 'Disable…' }, { timeout: 15_000 }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Disable Dana Reyes?' });
    expect(disabled).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(disabled).toBe(true));
  });

  it('is read-only under Keycloak and says where users are managed', async () => {
    fakeBackend({ 'GET /api/users': () => page([user()], 'KEYCLOAK') });
    renderApp(PAGE);
    expect(await screen.findByText(/Users are managed in Keycloak/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invite a person' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Actions for Dana Reyes' }),
    ).not.toBeInTheDocument();
  });

  it('says what to do first when there is nobody yet', async () => {
    fakeBackend({ 'GET /api/users': () => page([]) });
    renderApp(PAGE);
    expect(await screen.findByText('No users yet')).toBeInTheDocument();
  });
});
