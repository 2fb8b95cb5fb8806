import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getToken, startSession } from '@/lib/session';
import { authorizationOf, json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';

const BUILTIN = { mode: 'builtin', demoUsers: [], oidc: null };
const OIDC = {
  mode: 'oidc',
  demoUsers: [],
  oidc: { issuer: 'http://127.0.0.1:8180/realms/medley', clientId: 'medley-spa' },
};
const ADMIN = {
  username: 'morgan.lee@lakeview.example',
  displayName: 'Morgan Lee',
  roles: ['admin', 'agent', 'it-leader', 'executive', 'end-user'],
  organization: { id: 1, name: 'Lakeview Medical Center', kind: 'HEALTH_SYSTEM' },
};

function status(overrides: Record<string, unknown> = {}) {
  return {
    needed: true,
    issuer: 'BUILT_IN',
    tenantId: null,
    tenantExists: null,
    mayFinish: true,
    link: 'VALID',
    ...overrides,
  };
}

function fieldProblem(status: number, field: string, message: string) {
  return json(
    { type: 'about:blank', title: 'Bad Request', status, errors: [{ field, message }] },
    status,
    'application/problem+json',
  );
}

async function fillOrganisation(user: ReturnType<typeof userEvent.setup>) {
  await user.type(
    await screen.findByRole('textbox', { name: /organisation name/i }),
    'Lakeview Medical Center',
  );
}

async function fillAdmin(user: ReturnType<typeof userEvent.setup>, password: string) {
  await user.type(screen.getByRole('textbox', { name: /your name/i }), 'Morgan Lee');
  await user.type(
    screen.getByRole('textbox', { name: /e-mail address/i }),
    'morgan.lee@lakeview.example',
  );
  await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), password);
}

describe('setup screen', () => {
  it('explains the password rules up front, sets Medley up with the link and signs the admin in', async () => {
    const user = userEvent.setup();
    let sent: unknown = null;
    mockFetch({
      'GET /api/auth/config': () => json(BUILTIN),
      'GET /api/setup?token=abc_123': () => json(status()),
      'POST /api/setup': (init) => {
        sent = JSON.parse(init?.body as string);
        return json(
          {
            organizationId: 1,
            defaultCalendarId: 2,
            access_token: 'jwt-admin',
            token_type: 'Bearer',
            expires_in: 3600,
            username: ADMIN.username,
            roles: ADMIN.roles,
          },
          201,
        );
      },
      'GET /api/me': () => json(ADMIN),
    });
    const { router } = renderApp('/setup?token=abc_123');

    expect(await screen.findByRole('heading', { name: 'Set up Medley' })).toBeInTheDocument();
    expect(screen.getByText(/at least 12 characters long/i)).toBeInTheDocument();
    await fillOrganisation(user);
    await fillAdmin(user, 'quiet lantern harbour 42');
    await user.click(screen.getByRole('button', { name: 'Set up Medley and sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin'));
    expect(getToken()).toBe('jwt-admin');
    expect(sent).toMatchObject({
      token: 'abc_123',
      organization: { name: 'Lakeview Medical Center' },
      businessHours: { from: '08:00', to: '17:00' },
      admin: {
        displayName: 'Morgan Lee',
        email: 'morgan.lee@lakeview.example',
        password: 'quiet lantern harbour 42',
      },
    });
    expect((sent as { organization: { timeZone: string } }).organization.timeZone).toBeTruthy();
  });

  it('sends no business hours when support runs around the clock', async () => {
    const user = userEvent.setup();
    let sent: { businessHours?: unknown } | null = null;
    mockFetch({
      'GET /api/auth/config': () => json(BUILTIN),
      'GET /api/setup?token=abc': () => json(status()),
      'POST /api/setup': (init) => {
        sent = JSON.parse(init?.body as string) as { businessHours?: unknown };
        return fieldProblem(400, 'organization.timeZone', 'not an IANA time zone');
      },
    });
    renderApp('/setup?token=abc');

    await fillOrganisation(user);
    await user.click(screen.getByText('Around the clock'));
    expect(screen.queryByLabelText(/opens/i)).not.toBeInTheDocument();
    await fillAdmin(user, 'quiet lantern harbour 42');
    await user.click(screen.getByRole('button', { name: 'Set up Medley and sign in' }));

    expect(await screen.findByText('not an IANA time zone')).toBeInTheDocument();
    expect(sent).toMatchObject({ businessHours: null });
  });

  it('shows the server’s refusal next to the password and keeps the form', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/auth/config': () => json(BUILTIN),
      'GET /api/setup?token=abc': () => json(status()),
      'POST /api/setup': () =>
        fieldProblem(400, 'admin.password', 'this is one of the most common passwords'),
    });
    const { router } = renderApp('/setup?token=abc');

    await fillOrganisation(user);
    await fillAdmin(user, 'password123456');
    await user.click(screen.getByRole('button', { name: 'Set up Medley and sign in' }));

    const password = screen.getByLabelText(/^password/i, { selector: 'input' });
    await waitFor(() => expect(password).toHaveAccessibleDescription(/most common passwords/));
    expect(getToken()).toBeNull();
    expect(router.state.location.pathname).toBe('/setup');
  });

  it('refuses a short password before sending anything', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/auth/config': () => json(BUILTIN),
      'GET /api/setup?token=abc': () => json(status()),
    });
    renderApp('/setup?token=abc');

    await fillOrganisation(user);
    await fillAdmin(user, 'short');
    await user.click(screen.getByRole('button', { name: 'Set up Medley and sign in' }));

    expect(
      await screen.findByText(/at least 12 characters; a short sentence/i),
    ).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url as string)).not.toContain('/api/setup');
  });

  it('says so when the link has expired, instead of showing the form', async () => {
    mockFetch({
      'GET /api/auth/config': () => json(BUILTIN),
      'GET /api/setup?token=old': () => json(status({ link: 'EXPIRED', mayFinish: false })),
    });
    renderApp('/setup?token=old');

    expect(await screen.findByText(/link has expired.*Restart Medley/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /organisation name/i })).not.toBeInTheDocument();
  });

  it('sends people to sign-in once Medley is set up', async () => {
    mockFetch({
      'GET /api/auth/config': () => json(BUILTIN),
      'GET /api/setup?token=abc': () =>
        json(status({ needed: false, link: 'USED', mayFinish: false })),
    });
    renderApp('/setup?token=abc');

    expect(await screen.findByText(/Medley is already set up/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to sign-in' })).toHaveAttribute('href', '/login');
  });

  it('with Keycloak, asks an administrator of a new tenant for the organisation only', async () => {
    const user = userEvent.setup();
    startSession('kc-token', 3600);
    let sent: Record<string, unknown> | null = null;
    let authorization: string | undefined;
    mockFetch({
      'GET /api/auth/config': () => json(OIDC),
      'GET /api/setup': () =>
        json(
          status({ issuer: 'OIDC', tenantId: 1, tenantExists: false, mayFinish: true, link: null }),
        ),
      'POST /api/setup': (init) => {
        sent = JSON.parse(init?.body as string) as Record<string, unknown>;
        authorization = authorizationOf(init);
        return json(
          { organizationId: 1, defaultCalendarId: 2, roles: [], access_token: null },
          201,
        );
      },
      'GET /api/me': () => json(ADMIN),
    });
    const { router } = renderApp('/setup');

    await fillOrganisation(user);
    expect(screen.queryByRole('textbox', { name: /e-mail address/i })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Set up Medley' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin'));
    expect(authorization).toBe('Bearer kc-token');
    expect(sent).not.toHaveProperty('admin');
    expect(sent).not.toHaveProperty('token');
  });

  it('sends a Keycloak user whose organisation is not set up from the app to the setup screen', async () => {
    startSession('kc-token', 3600);
    mockFetch({
      'GET /api/auth/config': () => json(OIDC),
      'GET /api/me': () =>
        fieldProblem(409, 'setup', 'Medley is not set up yet for your organisation'),
      'GET /api/setup': () =>
        json(
          status({
            issuer: 'OIDC',
            tenantId: 7,
            tenantExists: false,
            mayFinish: false,
            link: null,
          }),
        ),
    });
    const { router } = renderApp('/workspace');

    await waitFor(() => expect(router.state.location.pathname).toBe('/setup'));
    expect(
      await screen.findByText(/An administrator must sign in and finish setup/),
    ).toBeInTheDocument();
  });
});
