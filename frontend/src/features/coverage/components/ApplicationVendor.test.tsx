import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend } from '@/testing/fake-backend';
import { json } from '@/testing/fetch-mock';
import { vendor } from '@/testing/fake-vendors';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import type { Application } from '../api/catalog';
import type { Matrix } from '../types';

const MATRIX: Matrix = {
  revision: 1,
  generatedAt: '2026-11-23T12:00:00Z',
  gridStart: '2026-11-23T00:00:00Z',
  rules: {
    expertLevel: 3,
    goodMinExperts: 2,
    gapMaxExperts: 0,
    goodMinWindow: 1,
    gapMaxWindow: 0,
    burnoutLoadRatio: 1.1,
    burnoutWeeks: 4,
    burnoutOutOf: 6,
  },
  counts: { good: 1, risk: 0, gap: 0 },
  applications: [],
  staff: [],
  cells: [],
  certifications: [],
};

const HYPERSPACE: Application = {
  id: 11,
  name: 'Epic Hyperspace',
  vendor: 'Epic',
  vendorId: 1,
  category: 'EHR',
  criticality: 1,
  lifecycle: 'LIVE',
  calendarId: 1,
  calendar: '24x7',
  version: 2,
  aliases: [],
};

function backend(puts: unknown[]) {
  return fakeBackend(['admin'], {
    'GET /api/coverage/matrix': () => json(MATRIX),
    'GET /api/applications': () =>
      json({ items: [HYPERSPACE], page: 0, size: 50, total: 1, totalPages: 1 }),
    'GET /api/calendars': () =>
      json({
        items: [{ id: 1, name: '24x7', zone: 'America/Chicago' }],
        page: 0,
        size: 200,
        total: 1,
      }),
    'GET /api/vendors': () =>
      json({
        items: [vendor(), vendor({ id: 2, name: 'Imprivata', channel: null })],
        page: 0,
        size: 100,
        total: 2,
      }),
    'PUT /api/applications/11': (_url, init) => {
      puts.push(JSON.parse(init?.body as string));
      return json(HYPERSPACE);
    },
  });
}

describe('an application names its vendor', { timeout: 60_000 }, () => {
  it('offers the directory’s vendors, sends vendorId, and null once cleared', async () => {
    const user = userEvent.setup();
    const puts: unknown[] = [];
    const { calls } = backend(puts);
    renderApp('/coverage?tab=catalog');

    await user.click(await screen.findByRole('button', { name: 'Epic Hyperspace' }));
    const drawer = await screen.findByRole('dialog');
    const select = () =>
      within(drawer)
        .getAllByLabelText(/^Vendor$|^Vendor\s/)
        .find((element) => element.tagName === 'INPUT' && element.getAttribute('role') !== null)!;
    await waitFor(() => expect(select()).toHaveValue('Epic Systems'));
    expect(calls('GET', '/api/vendors')[0]?.searchParams.get('size')).toBe('100');

    await pick(user, select(), /Imprivata \(cases not set up\)/);
    await user.click(within(drawer).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toMatchObject({ vendor: 'Epic', vendorId: 2, version: 2 });

    await user.click(await screen.findByRole('button', { name: 'Epic Hyperspace' }));
    const again = await screen.findByRole('dialog');
    const input = within(again)
      .getAllByLabelText(/^Vendor$|^Vendor\s/)
      .find((element) => element.tagName === 'INPUT' && element.getAttribute('role') !== null)!;
    // The Select's clear button sits beside its input.
    const clear = input.parentElement!.querySelector('button')!;
    await user.click(clear);
    await user.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]).toMatchObject({ vendorId: null });
  });
});
