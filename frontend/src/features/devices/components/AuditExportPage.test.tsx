import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend } from '@/testing/fake-backend';
import { json, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';

const SITES = {
  from: '2025-12-08',
  to: '2026-12-07',
  laborRate: 85,
  items: [],
  page: 0,
  size: 1,
  total: 0,
  models: [],
  couldNotDuplicate: [],
  sites: ['Riverside Main Campus', 'Riverside North'],
  deviceClasses: [],
};

afterEach(() => vi.restoreAllMocks());

describe('Audit export', { timeout: 60_000 }, () => {
  it('downloads a site and period as PDF or CSV once a site is chosen', async () => {
    const user = userEvent.setup();
    const { calls } = fakeBackend(['it-leader'], {
      'GET /api/devices/replacement-plan': () => json(SITES),
      'GET /api/htm/audit-export': (url) =>
        url.searchParams.get('format') === 'pdf'
          ? new Response('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf' } })
          : new Response('site\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }),
    );
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    renderApp('/devices/audit-export');

    const pdf = await screen.findByRole('button', { name: 'Download PDF' });
    expect(pdf).toBeDisabled();
    expect(screen.getByText(/Certifications come from the coverage matrix/)).toBeInTheDocument();
    await pick(user, await screen.findByRole('combobox', { name: 'Site' }), /Riverside North/);
    const from = screen.getByLabelText(/^From/);
    await user.clear(from);
    await user.type(from, '2026-01-01');
    await user.click(pdf);
    await waitFor(() => expect(saved).toHaveLength(1));
    const sent = calls('GET', '/api/htm/audit-export')[0]!;
    expect(sent.searchParams.get('site')).toBe('Riverside North');
    expect(sent.searchParams.get('from')).toBe('2026-01-01');
    expect(sent.searchParams.get('format')).toBe('pdf');
    expect(saved[0]).toMatch(/^medley-audit-record-Riverside-North-2026-01-01-.*\.pdf$/);

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]).toMatch(/\.csv$/);
  });

  it('shows why the server refused a period', async () => {
    const user = userEvent.setup();
    fakeBackend(['it-leader'], {
      'GET /api/devices/replacement-plan': () => json(SITES),
      'GET /api/htm/audit-export': () =>
        problem(400, 'Bad request', 'to: at most 1098 days (three years) after from'),
    });
    renderApp('/devices/audit-export');
    await pick(
      user,
      await screen.findByRole('combobox', { name: 'Site' }),
      /Riverside Main Campus/,
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText(/at most 1098 days/)).toBeInTheDocument();
  });
});
