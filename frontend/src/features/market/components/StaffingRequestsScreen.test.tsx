import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { StaffingRequest } from '../types';

const me = (username: string, roles: string[]) => ({
  username,
  displayName: username === 'exec' ? 'Robert Hale' : 'Maria Chen',
  roles,
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
});

const REQUEST: StaffingRequest = {
  id: 4,
  title: 'Level 3+ support for Telestroke Network',
  kind: 'GO_LIVE_SURGE',
  status: 'OPEN',
  applications: [{ id: 12, name: 'Telestroke Network' }],
  minimumLevel: 3,
  peopleNeeded: 2,
  hoursPerWeek: 80,
  supportWindow: '24x7',
  startsOn: '2026-12-07',
  endsOn: '2027-01-22',
  notes: null,
  rationale: 'Nobody is at level 3 or above.',
  createdBy: 'leader',
  createdAt: '2026-11-23T15:00:00Z',
  updatedAt: '2026-11-23T15:00:00Z',
  version: 0,
  history: null,
};

const list = (status: string) =>
  `GET /api/staffing-requests?page=0&size=20&sort=createdAt%2Cdesc${status ? `&status=${status}` : ''}`;

describe('the staffing requests screen', () => {
  it('lists open requests and lets a leader cancel one, saying why', async () => {
    startSession('t', 3600);
    let cancelled: unknown = null;
    mockFetch({
      'GET /api/me': () => json(me('leader', ['it-leader'])),
      [list('OPEN')]: () => json({ items: [REQUEST], page: 0, size: 20, total: 1 }),
      'GET /api/staffing-requests/4': () =>
        json({
          ...REQUEST,
          history: [
            {
              action: 'CREATED',
              actor: 'leader',
              actorName: 'Maria Chen',
              at: REQUEST.createdAt,
              detail: null,
            },
          ],
        }),
      'POST /api/staffing-requests/4/cancel': (init) => {
        cancelled = JSON.parse(init?.body as string);
        return json({ ...REQUEST, status: 'CANCELLED', version: 1 });
      },
    });
    const user = userEvent.setup();
    renderApp('/marketplace');

    const table = await screen.findByRole('table', { name: 'Staffing requests' });
    expect(within(table).getByText('Go-live surge')).toBeInTheDocument();
    expect(within(table).getByText(/2 people at level 3\+, 80 h\/week/)).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: REQUEST.title }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Created by Maria Chen')).toBeInTheDocument();
    await user.type(within(drawer).getByLabelText('Reason for cancelling'), 'Filled internally');
    await user.click(within(drawer).getByRole('button', { name: 'Cancel request' }));
    await expect.poll(() => cancelled).toEqual({ reason: 'Filled internally', version: 0 });
  });

  it('shows executives an empty state without sending them to coverage, which they cannot open', async () => {
    startSession('t', 3600);
    mockFetch({
      'GET /api/me': () => json(me('exec', ['executive'])),
      [list('OPEN')]: () => json({ items: [], page: 0, size: 20, total: 0 }),
    });
    renderApp('/marketplace');
    expect(await screen.findByText('No staffing requests yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Go to the gap list' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Find gaps to staff' })).not.toBeInTheDocument();
  });
});
