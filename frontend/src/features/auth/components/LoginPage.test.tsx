import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getToken } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';

const DEMO_CONFIG = {
  mode: 'builtin',
  demoUsers: ['enduser', 'agent', 'partner', 'leader', 'exec', 'admin'],
  oidc: null,
};

const AGENT = {
  username: 'agent',
  displayName: 'Dana Whitfield',
  roles: ['agent'],
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
};

function loginOk(roles: string[]) {
  return () =>
    json({ access_token: 'jwt-1', token_type: 'Bearer', expires_in: 3600, username: 'x', roles });
}

describe('sign-in page', () => {
  it('shows an error and stays on the page when the credentials are wrong (401)', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/auth/config': () => json(DEMO_CONFIG),
      'POST /login': () => problem(401, 'Unauthorized', 'Credentials Do Not Match'),
    });
    const { router } = renderApp('/login');

    await user.type(await screen.findByLabelText(/username/i), 'agent');
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-in failed');
    expect(alert).toHaveTextContent(/username, e-mail or password is not right/i);
    expect(getToken()).toBeNull();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('says so when sign-in is rate limited (429)', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/auth/config': () => json(DEMO_CONFIG),
      'POST /login': () => problem(429, 'Too Many Requests', 'Try again in 60 seconds.'),
    });
    renderApp('/login');

    await user.type(await screen.findByLabelText(/username/i), 'agent');
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 60 seconds.');
  });

  it('asks for both fields before calling the server', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({ 'GET /api/auth/config': () => json(DEMO_CONFIG) });
    renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter your username or e-mail address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText(/username/i)).toHaveFocus();
    expect(fetchMock).toHaveBeenCalledTimes(1); // the config only
  });

  it('fills the form from the demo hospital panel and lands an agent in the workspace', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/auth/config': () => json(DEMO_CONFIG),
      'POST /login': loginOk(['agent']),
      'GET /api/me': () => json(AGENT),
    });
    const { router } = renderApp('/login');

    const demo = await screen.findByRole('region', { name: 'Demo hospital' });
    expect(demo).toHaveTextContent('Service desk agent');
    await user.click(screen.getByRole('button', { name: /use demo login agent/i }));
    expect(screen.getByLabelText(/username/i)).toHaveValue('agent');
    expect(screen.getByLabelText(/^password/i, { selector: 'input' })).toHaveValue('demo');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/workspace'));
    expect(await screen.findByText('Riverside Health')).toBeInTheDocument();
    expect(getToken()).toBe('jwt-1');
    const loginCall = fetchMock.mock.calls.find(([url]) => url === '/login')!;
    expect(JSON.parse(loginCall[1]!.body as string)).toEqual({
      username: 'agent',
      password: 'demo',
    });
  });

  it('hides the demo panel when demo mode is off', async () => {
    mockFetch({ 'GET /api/auth/config': () => json({ ...DEMO_CONFIG, demoUsers: [] }) });
    renderApp('/login');

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Demo hospital' })).not.toBeInTheDocument();
  });
});
