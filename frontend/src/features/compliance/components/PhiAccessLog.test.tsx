import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { PhiAccessEntry, PhiAccessPage } from '../types';
import { endOfDay, startOfDay } from '../utils/filters';
import { fakeBackend, fieldProblem, HOSPITAL_ID, urlOf } from '@/testing/fake-backend';

const NURSE_READ: PhiAccessEntry = {
  id: 12,
  at: '2026-11-23T14:05:09Z',
  username: 'agent',
  displayName: 'Alex Moreno',
  organizationId: HOSPITAL_ID,
  organizationName: 'Riverside Health',
  ticketId: 7,
  ticketNumber: 'INC-000007',
  fields: 'title,description,resolution',
  channel: 'API',
  clientAddress: '10.20.30.40',
};
const PARTNER_READ: PhiAccessEntry = {
  id: 11,
  at: '2026-11-22T09:00:00Z',
  username: 'partner',
  organizationId: 4,
  ticketId: 9,
  ticketNumber: 'INC-000009',
  fields: 'comments',
  channel: 'PARTNER_PORTAL',
  clientAddress: null,
};

function page(items: PhiAccessEntry[], total = items.length, number = 0): PhiAccessPage {
  return { items, page: number, size: 50, total };
}

const LOG = '/api/phi-access';

// Two shared cores: the first render of the whole app can take more than a second.
configure({ asyncUtilTimeout: 4000 });

// Each test renders the whole app; 2 cores shared by several builds make 5 s too tight.
describe('PHI access log', { timeout: 20_000 }, () => {
  it('lists who read which ticket when, marking partner staff', async () => {
    fakeBackend(['admin'], { [`GET ${LOG}`]: () => json(page([NURSE_READ, PARTNER_READ])) });
    renderApp('/admin/compliance');

    const table = await screen.findByRole('table', { name: /PHI reads/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    const nurse = rows[0]!;
    expect(within(nurse).getByText('Alex Moreno')).toBeInTheDocument();
    expect(within(nurse).getByText('agent · Riverside Health')).toBeInTheDocument();
    expect(within(nurse).queryByText('Partner')).not.toBeInTheDocument();
    expect(within(nurse).getByRole('link', { name: 'INC-000007' })).toHaveAttribute(
      'href',
      '/workspace/tickets/7',
    );
    expect(within(nurse).getByText('Title, Description, Resolution')).toBeInTheDocument();
    expect(within(nurse).getByText('Medley app or API')).toBeInTheDocument();
    expect(within(nurse).getByText('10.20.30.40')).toBeInTheDocument();
    expect(nurse.querySelector('time')).toHaveAttribute('datetime', NURSE_READ.at);

    // No display name or organisation name from an older server: the sign-in name and id stand in.
    const partner = rows[1]!;
    expect(within(partner).getByText('partner')).toBeInTheDocument();
    expect(within(partner).getByText('Organisation #4')).toBeInTheDocument();
    expect(within(partner).getByText('Partner')).toBeInTheDocument();
    expect(within(partner).getByText('Partner portal')).toBeInTheDocument();
    expect(within(partner).getByText('not recorded')).toBeInTheDocument();

    expect(screen.getByTestId('phi-total')).toHaveTextContent('2 PHI reads');
    expect(screen.getByText(/cannot be edited or deleted by anyone/)).toBeInTheDocument();
  });

  it('asks for the filters in the address, whole days in local time', async () => {
    const { calls } = fakeBackend(['admin'], { [`GET ${LOG}`]: () => json(page([NURSE_READ])) });
    renderApp('/admin/compliance?from=2026-11-01&to=2026-11-23&user=agent&ticket=INC-000007');

    await screen.findByRole('table', { name: /PHI reads/ });
    const asked = calls('GET', LOG)[0]!.searchParams;
    expect(asked.get('from')).toBe(startOfDay('2026-11-01'));
    expect(asked.get('to')).toBe(endOfDay('2026-11-23'));
    expect(new Date(asked.get('to')!).getTime() - new Date(asked.get('from')!).getTime()).toBe(
      23 * 24 * 3600 * 1000,
    );
    expect(asked.get('username')).toBe('agent');
    expect(asked.get('ticket')).toBe('INC-000007');
    expect(asked.get('page')).toBe('0');
    expect(asked.get('size')).toBe('50');
    expect(screen.getByLabelText(/^User/)).toHaveValue('agent');
    expect(screen.getByLabelText(/^From/)).toHaveValue('2026-11-01');
  });

  it('applies typed filters to the address and the request', async () => {
    const user = userEvent.setup();
    const { calls } = fakeBackend(['admin'], { [`GET ${LOG}`]: () => json(page([NURSE_READ])) });
    const { router } = renderApp('/admin/compliance');

    await screen.findByRole('table', { name: /PHI reads/ });
    expect(calls('GET', LOG)[0]!.searchParams.has('username')).toBe(false);

    await user.type(screen.getByLabelText(/^User/), 'partner');
    await user.type(screen.getByLabelText(/^Ticket/), 'inc-000009');
    // Nothing is asked while typing.
    expect(calls('GET', LOG)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(calls('GET', LOG)).toHaveLength(2));
    const asked = calls('GET', LOG)[1]!.searchParams;
    expect(asked.get('username')).toBe('partner');
    expect(asked.get('ticket')).toBe('INC-000009');
    const address = new URLSearchParams(router.state.location.search);
    expect(address.get('user')).toBe('partner');
    expect(address.get('ticket')).toBe('INC-000009');
  });

  it('filters on a person from their row', async () => {
    const user = userEvent.setup();
    const { calls } = fakeBackend(['admin'], { [`GET ${LOG}`]: () => json(page([PARTNER_READ])) });
    const { router } = renderApp('/admin/compliance');

    await user.click(await screen.findByRole('button', { name: 'Show only reads by partner' }));
    await waitFor(() =>
      expect(calls('GET', LOG).at(-1)!.searchParams.get('username')).toBe('partner'),
    );
    expect(router.state.location.search).toContain('user=partner');
  });

  it('pages through the log and keeps the page in the address', async () => {
    const user = userEvent.setup();
    const { calls } = fakeBackend(['admin'], {
      [`GET ${LOG}`]: (url) => {
        const number = Number(url.searchParams.get('page'));
        const entry = { ...NURSE_READ, id: 100 - number, ticketNumber: `INC-00010${number}` };
        return json(page([entry], 120, number));
      },
    });
    const { router } = renderApp('/admin/compliance');

    await screen.findByRole('link', { name: 'INC-000100' });
    expect(screen.getByTestId('phi-total')).toHaveTextContent('120 PHI reads · showing 1–1');
    await user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('link', { name: 'INC-000101' })).toBeInTheDocument();
    expect(calls('GET', LOG).at(-1)!.searchParams.get('page')).toBe('1');
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByTestId('phi-total')).toHaveTextContent('showing 51–51');
  });

  it('says plainly when nothing matches', async () => {
    fakeBackend(['admin'], { [`GET ${LOG}`]: () => json(page([])) });
    renderApp('/admin/compliance?user=nobody');

    expect(
      await screen.findByRole('heading', { name: 'No PHI reads match these filters' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/check the exact sign-in name/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('puts a refused filter next to its input', async () => {
    fakeBackend(['admin'], {
      [`GET ${LOG}`]: () =>
        fieldProblem([
          { field: null, message: 'from: an ISO-8601 instant such as 2026-11-23T00:00:00Z' },
        ]),
    });
    renderApp('/admin/compliance?from=yesterday');

    expect(await screen.findByText('These filters were not accepted')).toBeInTheDocument();
    const from = screen.getByLabelText(/^From/);
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(/an ISO-8601 instant/);
    expect(screen.getByLabelText(/^User/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('places validation errors by their path', async () => {
    fakeBackend(['admin'], {
      [`GET ${LOG}`]: () =>
        fieldProblem([{ field: 'list.ticket', message: 'size must be between 0 and 20' }]),
    });
    renderApp(`/admin/compliance?ticket=${'X'.repeat(30)}`);

    await screen.findByText('These filters were not accepted');
    expect(screen.getByLabelText(/^Ticket/)).toHaveAccessibleDescription(
      /size must be between 0 and 20/,
    );
  });

  it('refuses a backwards range without asking', async () => {
    const { calls } = fakeBackend(['admin'], { [`GET ${LOG}`]: () => json(page([])) });
    renderApp('/admin/compliance?from=2026-11-20&to=2026-11-01');

    expect(
      await screen.findByText(/end date is before the start date\. Correct/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^To/)).toHaveAttribute('aria-invalid', 'true');
    expect(calls('GET', LOG)).toHaveLength(0);
  });

  it('shows a server failure with a way to try again', async () => {
    const user = userEvent.setup();
    let fail = true;
    fakeBackend(['admin'], {
      [`GET ${LOG}`]: () =>
        fail
          ? problem(503, 'Service Unavailable', 'The database is restarting.')
          : json(page([NURSE_READ])),
    });
    renderApp('/admin/compliance');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the PHI access log');
    expect(alert).toHaveTextContent('The database is restarting.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'INC-000007' })).toBeInTheDocument();
  });

  it('exports the filtered log as CSV with the bearer token', async () => {
    const user = userEvent.setup();
    const csv = 'at,username\r\n2026-11-23T14:05:09Z,agent\r\n2026-11-22T09:00:00Z,partner\r\n';
    let release: () => void = () => {};
    const { calls, fetchMock } = fakeBackend(['admin'], {
      [`GET ${LOG}`]: () => json(page([NURSE_READ, PARTNER_READ])),
      [`GET ${LOG}/export.csv`]: () =>
        new Promise<Response>((resolve) => {
          release = () => resolve(new Response(csv, { headers: { 'Content-Type': 'text/csv' } }));
        }),
    });
    const createObjectURL = vi.fn(() => 'blob:phi');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    renderApp('/admin/compliance?user=partner&from=2026-11-01');

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Preparing 2 rows…')).toBeInTheDocument();
    release();
    expect(await screen.findByText(/Downloaded 2 rows/)).toBeInTheDocument();

    const asked = calls('GET', `${LOG}/export.csv`)[0]!.searchParams;
    expect(asked.get('username')).toBe('partner');
    expect(asked.get('from')).toBe(startOfDay('2026-11-01'));
    expect(asked.has('page')).toBe(false);
    const init = fetchMock.mock.calls.find(([url]) =>
      urlOf(url).pathname.endsWith('export.csv'),
    )![1];
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer token-abc');
    expect(clicked).toEqual(['phi-access_2026-11-01_to_now_partner.csv']);
  });

  it('says why an export failed', async () => {
    const user = userEvent.setup();
    fakeBackend(['admin'], {
      [`GET ${LOG}`]: () => json(page([NURSE_READ])),
      [`GET ${LOG}/export.csv`]: () =>
        problem(503, 'Service Unavailable', 'Try again in a minute.'),
    });
    renderApp('/admin/compliance');

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Export failed: Try again in a minute.')).toBeInTheDocument();
  });

  it('is for administrators only', async () => {
    const { calls } = fakeBackend(['agent'], {});
    renderApp('/admin/compliance');

    expect(
      await screen.findByRole('heading', { name: 'Not available for your role' }),
    ).toBeInTheDocument();
    expect(calls('GET', LOG)).toHaveLength(0);
  });
});
