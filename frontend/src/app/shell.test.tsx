import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getToken, startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';

function me(username: string, roles: string[]) {
  return {
    username,
    displayName: username === 'agent' ? 'Dana Whitfield' : 'Sam Rivera',
    roles,
    organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
  };
}

const CONFIG = { mode: 'builtin', demoUsers: [], oidc: null };

describe('the signed-in shell', () => {
  it('sends visitors without a session to the sign-in page', async () => {
    mockFetch({ 'GET /api/auth/config': () => json(CONFIG) });
    const { router } = renderApp('/workspace');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows the hospital, the user and the sections of their role', async () => {
    startSession('t', 3600);
    mockFetch({ 'GET /api/me': () => json(me('agent', ['agent'])) });
    renderApp('/workspace');

    const banner = await screen.findByRole('banner');
    await within(banner).findByText('Riverside Health');
    expect(within(banner).getByText('Dana Whitfield')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Workspace' })).toBeInTheDocument();
    // The page's code loads on first use (route splitting), after the shell.
    expect(await screen.findByRole('heading', { name: 'Workspace', level: 1 })).toBeInTheDocument();
  });

  it('tells an end user the workspace is not available for their role', async () => {
    startSession('t', 3600);
    mockFetch({ 'GET /api/me': () => json(me('enduser', ['end-user'])) });
    renderApp('/workspace');

    expect(
      await screen.findByRole('heading', { name: 'Not available for your role' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Workspace' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Portal' })).toHaveAttribute('href', '/portal');
  });

  it('lands on the first section the roles allow', async () => {
    startSession('t', 3600);
    mockFetch({ 'GET /api/me': () => json(me('exec', ['executive'])) });
    const { router } = renderApp('/');

    await waitFor(() => expect(router.state.location.pathname).toBe('/insights'));
  });

  it('goes back to sign-in, saying why, when the API answers 401', async () => {
    startSession('stale', 3600);
    mockFetch({
      'GET /api/me': () => problem(401, 'Unauthorized'),
      'GET /api/auth/config': () => json(CONFIG),
    });
    const { router } = renderApp('/coverage');

    expect(await screen.findByText(/your session has ended/i)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(getToken()).toBeNull();
  });

  it('signs out to the sign-in page', async () => {
    const user = userEvent.setup();
    startSession('t', 3600);
    mockFetch({
      'GET /api/me': () => json(me('agent', ['agent'])),
      'GET /api/auth/config': () => json(CONFIG),
    });
    const { router } = renderApp('/portal');

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText(/you have signed out/i)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.state).toBeNull();
    expect(getToken()).toBeNull();
  });
});
