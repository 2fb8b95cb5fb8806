import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { deskBackend, ticketView } from '../test-fixtures';
import { describeSync, syncedAgo } from '../utils/sync';

const AGENT = {
  username: 'agent',
  displayName: 'Dana Whitfield',
  roles: ['agent'],
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
};
const LOADED = { timeout: 10_000 };
const NOW = Date.parse('2026-12-06T12:00:00Z');

const synced = {
  connectorId: 7,
  connectorName: 'Northwind RT',
  externalId: '1234',
  display: '#1234',
  lastSyncedAt: '2026-12-06T11:59:48Z',
  lastError: null,
  lastErrorAt: null,
  pending: 0,
};

describe('the sync line of a ticket held by a partner desk', () => {
  it('says where the ticket is and how fresh, in seconds at first', () => {
    expect(describeSync(synced, NOW)).toEqual({
      text: 'In Northwind RT as #1234 · synced 12 s ago',
      failing: false,
    });
    expect(syncedAgo('2026-12-06T11:55:00Z', NOW)).toBe('5 minutes ago');
    expect(describeSync({ ...synced, pending: 2 }, NOW).text).toBe(
      'In Northwind RT as #1234 · synced 12 s ago · 2 waiting',
    );
    expect(
      describeSync(
        { ...synced, externalId: null, display: null, lastSyncedAt: null, pending: 1 },
        NOW,
      ).text,
    ).toBe('Sending to Northwind RT…');
  });

  it('shows the error in red with the way to Integrations', async () => {
    deskBackend(AGENT, {
      'GET /api/tickets/5': () => json(ticketView(5)),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
      'GET /api/tickets/5/sync': () =>
        json([
          {
            ...synced,
            lastError: 'The desk refused the update: HTTP 422: queue General is closed',
            lastErrorAt: '2026-12-06T11:59:50Z',
          },
        ]),
    });
    renderApp('/workspace/tickets/5');

    const alert = await screen.findByRole('alert', {}, LOADED);
    expect(alert).toHaveTextContent(
      'Northwind RT: The desk refused the update: HTTP 422: queue General is closed',
    );
    expect(screen.getByRole('link', { name: 'see Integrations' })).toHaveAttribute(
      'href',
      '/admin/integrations',
    );
  });

  it('shows the desk id once synced', async () => {
    deskBackend(AGENT, {
      'GET /api/tickets/5': () => json(ticketView(5)),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
      'GET /api/tickets/5/sync': () =>
        json([{ ...synced, lastSyncedAt: new Date().toISOString() }]),
    });
    renderApp('/workspace/tickets/5');

    expect(
      await screen.findByText(/In Northwind RT as #1234 · synced \d+ s ago/, {}, LOADED),
    ).toBeInTheDocument();
  });
});
