import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getToken } from '@/lib/session';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';

// The browser side of the OIDC exchange; KeycloakTest and the browser journey cover the real one.
const oidc = vi.hoisted(() => ({
  settings: [] as unknown[],
  signinRedirect: vi.fn(),
  signinCallback: vi.fn(),
  signoutRedirect: vi.fn(),
  getUser: vi.fn(),
  removeUser: vi.fn(),
}));

vi.mock('oidc-client-ts', () => {
  const events = {
    addUserLoaded: vi.fn(),
    addSilentRenewError: vi.fn(),
    addAccessTokenExpired: vi.fn(),
  };
  class UserManager {
    events = events;
    constructor(settings: unknown) {
      oidc.settings.push(settings);
    }
    signinRedirect = oidc.signinRedirect;
    signinCallback = oidc.signinCallback;
    signoutRedirect = oidc.signoutRedirect;
    getUser = oidc.getUser;
    removeUser = oidc.removeUser;
    stopSilentRenew = vi.fn();
  }
  class WebStorageStateStore {}
  return { UserManager, WebStorageStateStore };
});

const OIDC_CONFIG = {
  mode: 'oidc',
  demoUsers: [],
  oidc: { issuer: 'http://127.0.0.1:8180/realms/medley-test', clientId: 'medley-spa' },
};

const PARTNER = {
  username: 'partner',
  displayName: 'Sam Okafor',
  roles: ['partner-agent'],
  organization: { id: 2, name: 'Northwind Managed Services', kind: 'PARTNER' },
};

describe('sign-in through the hospital identity provider', () => {
  beforeEach(() => {
    oidc.getUser.mockResolvedValue(null);
    oidc.removeUser.mockResolvedValue(undefined);
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.clearAllMocks();
  });

  it('sends the user to the issuer with the code flow, remembering the deep link', async () => {
    const user = userEvent.setup();
    mockFetch({ 'GET /api/auth/config': () => json(OIDC_CONFIG) });
    oidc.signinRedirect.mockResolvedValue(undefined);
    renderApp('/partner?ticket=7');

    await user.click(
      await screen.findByRole('button', { name: 'Sign in with your hospital account' }),
    );

    expect(oidc.signinRedirect).toHaveBeenCalledWith({ state: { from: '/partner?ticket=7' } });
    expect(oidc.settings.at(-1)).toMatchObject({
      authority: OIDC_CONFIG.oidc.issuer,
      client_id: 'medley-spa',
      response_type: 'code',
      redirect_uri: `${window.location.origin}/login`,
      automaticSilentRenew: true,
    });
    expect(screen.queryByLabelText(/^password/i, { selector: 'input' })).not.toBeInTheDocument();
  });

  it('turns the issuer’s answer into a session and goes where the user was going', async () => {
    window.history.replaceState(null, '', '/login?code=abc&state=xyz');
    mockFetch({
      'GET /api/auth/config': () => json(OIDC_CONFIG),
      'GET /api/me': () => json(PARTNER),
    });
    oidc.signinCallback.mockResolvedValue({
      access_token: 'kc-jwt',
      expires_in: 300,
      state: { from: '/partner' },
    });
    const { router } = renderApp('/login');

    await waitFor(() => expect(router.state.location.pathname).toBe('/partner'));
    expect(getToken()).toBe('kc-jwt');
    expect(await screen.findByText('Northwind Managed Services')).toBeInTheDocument();
  });

  it('says so and offers to try again when the issuer refuses', async () => {
    window.history.replaceState(null, '', '/login?error=access_denied&state=third');
    mockFetch({ 'GET /api/auth/config': () => json(OIDC_CONFIG) });
    oidc.signinCallback.mockRejectedValue(new Error('access_denied'));
    renderApp('/login');

    expect(await screen.findByRole('alert')).toHaveTextContent('The sign-in was cancelled.');
    expect(
      screen.getByRole('button', { name: 'Sign in with your hospital account' }),
    ).toBeEnabled();
    expect(getToken()).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('signs out of the issuer too, so the next person at the workstation must sign in', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/login?code=def&state=second');
    mockFetch({
      'GET /api/auth/config': () => json(OIDC_CONFIG),
      'GET /api/me': () => json(PARTNER),
    });
    const signedIn = { access_token: 'kc-jwt', id_token: 'kc-id-token', expires_in: 300 };
    oidc.signinCallback.mockResolvedValue({ ...signedIn, state: {} });
    oidc.getUser.mockResolvedValue({ ...signedIn, expired: false });
    oidc.signoutRedirect.mockResolvedValue(undefined);
    renderApp('/login');

    const signOut = await screen.findAllByRole('button', { name: 'Sign out' });
    await user.click(signOut[0]!);

    await waitFor(() =>
      expect(oidc.signoutRedirect).toHaveBeenCalledWith({ id_token_hint: 'kc-id-token' }),
    );
    expect(oidc.removeUser).toHaveBeenCalled();
    expect(getToken()).toBeNull();
  });
});
