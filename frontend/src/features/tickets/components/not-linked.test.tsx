import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { deskBackend } from '../test-fixtures';

const AGENT = {
  username: 'newagent',
  displayName: 'Nico Hirsch',
  roles: ['agent'],
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
};
const PARTNER = {
  username: 'partner',
  displayName: 'Sam Okafor',
  roles: ['partner-agent'],
  organization: { id: 2, name: 'Northwind', kind: 'PARTNER' },
};

// The workspace is a lazily loaded page: on a busy machine it takes longer than findBy's 1 s.
const LOADED = { timeout: 10_000 };

const empty = () => json({ items: [], page: 0, size: 25, total: 0, totalExact: true });
const notLinked = () => json({ linked: false, staffId: null, name: null, employer: null });

describe('an agent whose sign-in names no staff record', () => {
  it('is told why their queue is empty and whom to ask, instead of an empty queue', async () => {
    deskBackend(AGENT, { 'GET /api/staff/me': notLinked, 'GET /api/tickets': empty });
    renderApp('/workspace');

    expect(
      await screen.findByText('Your sign-in is not linked to a staff record yet', {}, LOADED),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Ask your Medley administrator to link your sign-in to your staff record in Coverage → Applications and staff → Staff.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/This queue stays empty until your sign-in is linked/),
    ).toBeInTheDocument();
  });

  it('is not shown to a linked agent', async () => {
    deskBackend(AGENT, {
      'GET /api/staff/me': () =>
        json({ linked: true, staffId: 7, name: 'Nico Hirsch', employer: 'Riverside Health' }),
      'GET /api/tickets': empty,
    });
    renderApp('/workspace');

    expect(
      await screen.findByText('Nothing is assigned to you right now.', {}, LOADED),
    ).toBeInTheDocument();
    expect(screen.queryByText(/not linked to a staff record/)).not.toBeInTheDocument();
  });

  it('tells a partner agent to ask the hospital', async () => {
    deskBackend(PARTNER, { 'GET /api/staff/me': notLinked, 'GET /api/tickets': empty });
    renderApp('/partner');

    expect(
      await screen.findByText(/Ask the hospital’s Medley administrator/, {}, LOADED),
    ).toBeInTheDocument();
  });
});
