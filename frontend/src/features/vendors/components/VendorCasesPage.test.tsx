import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend } from '@/testing/fake-backend';
import { fakeVendors, problemOf, vendor, vendorCase } from '@/testing/fake-vendors';
import { renderApp } from '@/testing/render';

const PAGE = '/workspace/vendor-cases';
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY - 60_000).toISOString();

const OLD = vendorCase({ id: 1, openedAt: daysAgo(12), caseNumber: null });
const NEWER = vendorCase({
  id: 2,
  ticketId: 8,
  ticketNumber: 'INC-000008',
  ticketTitle: 'Lab results missing in chart',
  openedAt: daysAgo(3),
  caseNumber: '0123456',
  escalations: 2,
  lastReplyAt: daysAgo(1),
});
const ORACLE_CASE = vendorCase({
  id: 3,
  ticketId: 9,
  ticketNumber: 'INC-000009',
  ticketTitle: 'PowerChart slow',
  vendorId: 2,
  vendorName: 'Oracle Health',
  openedAt: daysAgo(5),
  priority: 'P4',
});
const CLOSED = vendorCase({
  id: 4,
  ticketId: 10,
  ticketNumber: 'INC-000010',
  status: 'CLOSED',
  openedAt: daysAgo(30),
});
const VENDORS = [vendor(), vendor({ id: 2, name: 'Oracle Health' })];

describe('Vendor cases', { timeout: 60_000 }, () => {
  it('lists open cases oldest first with each vendor’s count and oldest age', async () => {
    const vendors = fakeVendors({ vendors: VENDORS, cases: [OLD, ORACLE_CASE, NEWER, CLOSED] });
    const { calls } = fakeBackend(['agent'], vendors.handlers);
    renderApp(PAGE);

    const strip = await screen.findByRole('list', { name: 'Open cases by vendor' });
    expect(
      within(strip).getByRole('button', { name: /^Epic Systems\s*2 open · oldest 12 d$/ }),
    ).toBeInTheDocument();
    expect(
      within(strip).getByRole('button', { name: /^Oracle Health\s*1 open · oldest 5 d$/ }),
    ).toBeInTheDocument();

    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const first = rows[0]!;
    expect(within(first).getByText('12 d')).toBeInTheDocument();
    expect(within(first).getByText('—, not yet given')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'INC-000005' })).toHaveAttribute(
      'href',
      '/workspace/tickets/5',
    );
    expect(within(first).getByText('Waiting for vendor')).toBeInTheDocument();
    expect(within(first).getByText('No reply yet')).toBeInTheDocument();
    const newer = rows.find((row) => within(row).queryByText('INC-000008'))!;
    expect(within(newer).getByText('0123456')).toBeInTheDocument();
    expect(within(newer).getByText('yesterday')).toBeInTheDocument();
    expect(calls('GET', '/api/vendor-cases')[0]?.searchParams.get('status')).toBe('OPEN');
  });

  it('filters by a vendor of the strip, by status and by search', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: VENDORS, cases: [OLD, ORACLE_CASE, NEWER, CLOSED] });
    const { calls } = fakeBackend(['agent'], vendors.handlers);
    renderApp(PAGE);

    await user.click(
      await screen.findByRole('button', { name: /^Oracle Health\s*1 open · oldest 5 d$/ }),
    );
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(calls('GET', '/api/vendor-cases').at(-1)?.searchParams.get('vendorId')).toBe('2');
    expect(screen.getByRole('button', { name: /^Oracle Health\s*1 open/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // A second click shows every vendor again.
    await user.click(screen.getByRole('button', { name: /^Oracle Health\s*1 open/ }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(4));

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(5));
    expect(calls('GET', '/api/vendor-cases').at(-1)?.searchParams.get('status')).toBe('ALL');

    await user.type(screen.getByLabelText('Search'), 'lab results');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(calls('GET', '/api/vendor-cases').at(-1)?.searchParams.get('q')).toBe('lab results');
  });

  it('says when no case is open', async () => {
    fakeBackend(['agent'], fakeVendors({ vendors: VENDORS }).handlers);
    renderApp(PAGE);
    expect(await screen.findByText('No open vendor cases')).toBeInTheDocument();
  });

  it('shows the error when the list cannot load', async () => {
    fakeBackend(['agent'], {
      ...fakeVendors({ vendors: VENDORS }).handlers,
      'GET /api/vendor-cases': () => problemOf(403, 'Forbidden', 'Not for partners.'),
    });
    renderApp(PAGE);
    expect(await screen.findByText('We could not load the vendor cases')).toBeInTheDocument();
    expect(screen.getByText(/Not for partners/)).toBeInTheDocument();
  });

  it('is in the IT leader’s navigation, with tickets as plain numbers', async () => {
    fakeBackend(['it-leader'], {
      ...fakeVendors({ vendors: VENDORS, cases: [OLD] }).handlers,
    });
    renderApp('/workspace/vendor-cases');
    expect(await screen.findByRole('heading', { name: 'Vendor cases' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Vendor cases' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await screen.findByText('INC-000005')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'INC-000005' })).toBeNull();
  });
});
