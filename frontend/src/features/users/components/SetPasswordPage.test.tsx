import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { bodyOf, fakeBackend } from '../testing/backend';

configure({ asyncUtilTimeout: 4000 });

const HOLDER = {
  displayName: 'Lee Park',
  email: 'lee@riverside.example',
  username: 'lee@riverside.example',
  organizationName: 'Riverside Health',
  purpose: 'INVITATION',
  expiresAt: '2026-12-09T10:00:00Z',
  minLength: 12,
};

function gone(message: string) {
  return json(
    { title: 'Gone', status: 410, detail: message, errors: [{ field: 'token', message }] },
    410,
    'application/problem+json',
  );
}

function open(token = 'tok-123') {
  window.location.hash = `#token=${token}`;
  return renderApp('/set-password');
}

afterEach(() => {
  window.location.hash = '';
});

describe('Set password', () => {
  it('explains the rules first, shows a refusal at the field, then goes to sign-in', async () => {
    const sent: Record<string, unknown>[] = [];
    fakeBackend(
      {
        'GET /api/auth/config': () => json({ mode: 'builtin', demoUsers: [] }),
        'POST /api/password-links/lookup': () => json(HOLDER),
        'POST /api/password-links/password': (_url, init) => {
          sent.push(bodyOf(init));
          return sent.length === 1
            ? json(
                {
                  title: 'Bad Request',
                  status: 400,
                  detail: 'too easy to guess',
                  errors: [
                    {
                      field: 'password',
                      message: 'too easy to guess; a few unrelated words work well',
                    },
                  ],
                },
                400,
                'application/problem+json',
              )
            : json({ username: HOLDER.username, email: HOLDER.email });
        },
      },
      false,
    );
    open();
    expect(await screen.findByText('Welcome to Medley')).toBeInTheDocument();
    expect(screen.getByText(/at least 12 characters/)).toBeInTheDocument();
    expect(screen.getByText(/Lee Park/)).toBeInTheDocument();

    const field = screen.getByLabelText(/Choose a password/);
    await userEvent.type(field, 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText(/At least 12 characters/)).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await userEvent.clear(field);
    await userEvent.type(field, 'leeparkleepark');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText(/Too easy to guess/)).toBeInTheDocument();
    expect(sent[0]).toEqual({ token: 'tok-123', password: 'leeparkleepark' });

    await userEvent.clear(field);
    await userEvent.type(field, 'violet ferry lantern quietly');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText(/Your password is set/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByLabelText(/Username or e-mail/)).toHaveValue('lee@riverside.example'),
    );
  });

  it('says clearly when the link has expired or was used', async () => {
    fakeBackend(
      {
        'POST /api/password-links/lookup': () =>
          gone('this link has expired; ask your administrator for a new one'),
      },
      false,
    );
    open('old');
    expect(await screen.findByText('This link no longer works')).toBeInTheDocument();
    expect(screen.getByText(/This link has expired/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to sign-in' })).toBeInTheDocument();
  });

  it('says what is wrong with an address that carries no link', async () => {
    fakeBackend({}, false);
    window.location.hash = '';
    renderApp('/set-password');
    expect(await screen.findByText('This link no longer works')).toBeInTheDocument();
    expect(screen.getByText(/missing its link code/)).toBeInTheDocument();
  });
});
