import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';

const ME = {
  username: 'enduser',
  displayName: 'Nora Patel',
  roles: ['end-user'],
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
};
const NOTIFICATIONS = {
  unread: 2,
  items: [
    {
      id: 7,
      ticketId: 42,
      kind: 'PENDING_REQUESTER',
      message: 'INC-000042 needs your answer',
      createdAt: '2026-12-01T08:00:00Z',
      readAt: null,
    },
  ],
};

describe('the bell, whose menu loads on demand', () => {
  it('shows the unread count at once and opens the menu on the first click', async () => {
    startSession('t', 3600);
    mockFetch({
      'GET /api/me': () => json(ME),
      'GET /api/notifications?limit=20': () => json(NOTIFICATIONS),
    });
    renderApp('/no-such-page');
    const user = userEvent.setup();

    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.click(bell);
    const menu = await screen.findByRole('menu');
    expect(menu).toHaveTextContent('INC-000042 needs your answer');

    // Escape closes it and gives the focus back to the bell, as Mantine's menu does.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Notifications, 2 unread' })).toHaveFocus(),
    );
  });
});
