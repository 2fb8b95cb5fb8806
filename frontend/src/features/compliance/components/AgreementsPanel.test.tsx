import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { Agreement, AgreementsOverview } from '../types';
import { fakeBackend, fieldProblem, urlOf } from '@/testing/fake-backend';
import { today } from '../utils/time';

const BASE = '/api/business-associate-agreements';

const NORTHWIND_CURRENT: Agreement = {
  id: 2,
  partnerId: 10,
  partnerName: 'Northwind Managed Services',
  reference: 'BAA-2026-014',
  effectiveFrom: '2026-01-01',
  effectiveUntil: '2027-12-31',
  inForce: true,
  recordedBy: 'admin',
  recordedAt: '2025-12-15T10:00:00Z',
  endedBy: null,
  endedAt: null,
};
const NORTHWIND_OLD: Agreement = {
  ...NORTHWIND_CURRENT,
  id: 1,
  reference: 'BAA-2024-003',
  effectiveFrom: '2024-01-01',
  effectiveUntil: '2025-12-31',
  inForce: false,
  recordedAt: '2023-12-01T09:00:00Z',
  endedBy: 'admin',
  endedAt: '2025-11-30T12:00:00Z',
};

function overview(
  agreements: Agreement[] = [NORTHWIND_CURRENT, NORTHWIND_OLD],
): AgreementsOverview {
  return {
    partners: [
      {
        id: 10,
        name: 'Northwind Managed Services',
        kind: 'PARTNER',
        current: agreements.find((a) => a.inForce) ?? null,
      },
      { id: 11, name: 'Contoso Staffing', kind: 'PARTNER', current: null },
    ],
    agreements,
  };
}

function bodyOf(init: RequestInit | undefined): Record<string, unknown> {
  return JSON.parse(init?.body as string) as Record<string, unknown>;
}

const PAGE = '/admin/compliance?view=agreements';

// Two shared cores: the first render of the whole app can take more than a second.
configure({ asyncUtilTimeout: 4000 });

// Each test renders the whole app; 2 cores shared by several builds make 5 s too tight.
describe('business associate agreements', { timeout: 20_000 }, () => {
  it('shows each partner with its status and history, and what an agreement means', async () => {
    fakeBackend(['admin'], { [`GET ${BASE}`]: () => json(overview()) });
    renderApp(PAGE);

    const northwind = await screen.findByRole('region', { name: 'Northwind Managed Services' });
    expect(within(northwind).getByTestId('baa-status-10')).toHaveTextContent(
      'BAA in force until Dec 31, 2027',
    );
    const history = within(northwind).getAllByRole('row').slice(1);
    expect(history.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      'BAA-2026-014',
      'BAA-2024-003',
    ]);
    expect(within(history[0]!).getByText('In force')).toBeInTheDocument();
    expect(within(history[1]!).getByText('Ended')).toBeInTheDocument();
    expect(within(history[1]!).getByText('Jan 1, 2024 – Dec 31, 2025')).toBeInTheDocument();

    const contoso = screen.getByRole('region', { name: 'Contoso Staffing' });
    expect(within(contoso).getByTestId('baa-status-11')).toHaveTextContent(
      'No agreement in force: PHI masked',
    );
    expect(within(contoso).getByText(/No agreement has ever been recorded/)).toBeInTheDocument();
    expect(
      within(contoso).queryByRole('button', { name: 'End agreement' }),
    ).not.toBeInTheDocument();

    expect(
      screen.getByText(/without one, its agents see tickets through the minimum-necessary filter/),
    ).toBeInTheDocument();
  });

  it('marks a vendor and says what an agreement changes for its cases', async () => {
    const withVendor = overview();
    withVendor.partners.push({ id: 12, name: 'Epic Systems', kind: 'VENDOR', current: null });
    fakeBackend(['admin'], { [`GET ${BASE}`]: () => json(withVendor) });
    renderApp(PAGE);

    const epic = await screen.findByRole('region', { name: /Epic Systems/ });
    expect(within(epic).getByText('Vendor')).toBeInTheDocument();
    expect(
      within(epic).getByText('Cases sent to it leave with patient details masked.'),
    ).toBeInTheDocument();
    const northwind = screen.getByRole('region', { name: /Northwind Managed Services/ });
    expect(within(northwind).queryByText('Vendor')).not.toBeInTheDocument();
  });

  it('says when a partner without an agreement in force gets one', async () => {
    const upcoming: Agreement = {
      ...NORTHWIND_CURRENT,
      id: 5,
      partnerId: 11,
      partnerName: 'Contoso Staffing',
      reference: 'BAA-2099-001',
      effectiveFrom: '2099-01-15',
      effectiveUntil: null,
      inForce: false,
    };
    fakeBackend(['admin'], {
      [`GET ${BASE}`]: () => json(overview([NORTHWIND_CURRENT, upcoming])),
    });
    renderApp(PAGE);

    const contoso = await screen.findByRole('region', { name: 'Contoso Staffing' });
    expect(within(contoso).getByTestId('baa-status-11')).toHaveTextContent('No agreement in force');
    expect(
      within(contoso).getByText(/masked until BAA-2099-001 comes into force on Jan 15, 2099/),
    ).toBeInTheDocument();
    expect(within(contoso).getByText('Not yet in force')).toBeInTheDocument();
  });

  it('records an agreement and shows the partner as covered', async () => {
    const user = userEvent.setup();
    const created: Agreement = {
      ...NORTHWIND_CURRENT,
      id: 3,
      partnerId: 11,
      partnerName: 'Contoso Staffing',
      reference: 'BAA-2026-020',
      effectiveFrom: '2026-11-01',
      effectiveUntil: null,
    };
    let recorded = false;
    const { fetchMock } = fakeBackend(['admin'], {
      [`GET ${BASE}`]: () =>
        json(recorded ? overview([NORTHWIND_CURRENT, NORTHWIND_OLD, created]) : overview()),
      [`POST ${BASE}`]: () => {
        recorded = true;
        return json(created, 201);
      },
    });
    renderApp(PAGE);
    await user.click(
      await screen.findByRole('button', { name: 'Record agreement with Contoso Staffing' }),
    );
    const form = await screen.findByRole('form', { name: 'Record a business associate agreement' });
    expect(within(form).getByRole('combobox', { name: /^Partner/ })).toHaveValue(
      'Contoso Staffing',
    );
    await user.type(within(form).getByLabelText(/^Agreement reference/), 'BAA-2026-020');
    await user.type(within(form).getByLabelText(/^In force from/), '2026-11-01');
    await user.click(within(form).getByRole('button', { name: 'Record agreement' }));

    expect(
      await screen.findByText('Agreement BAA-2026-020 recorded for Contoso Staffing'),
    ).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(bodyOf(post[1])).toEqual({
      partnerId: 11,
      reference: 'BAA-2026-020',
      effectiveFrom: '2026-11-01',
    });
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Contoso Staffing' })).getByText('BAA-2026-020'),
      ).toBeInTheDocument(),
    );
  });

  it('checks the obvious before asking', async () => {
    const user = userEvent.setup();
    const { fetchMock } = fakeBackend(['admin'], { [`GET ${BASE}`]: () => json(overview()) });
    renderApp(PAGE);

    await user.click(await screen.findByRole('button', { name: 'Record agreement' }));
    const form = await screen.findByRole('form', { name: 'Record a business associate agreement' });
    await user.type(within(form).getByLabelText(/^In force from/), '2026-11-10');
    await user.type(within(form).getByLabelText(/^In force until/), '2026-11-01');
    await user.click(within(form).getByRole('button', { name: 'Record agreement' }));

    expect(within(form).getByRole('combobox', { name: /^Partner/ })).toHaveAccessibleDescription(
      /Choose the partner/,
    );
    expect(within(form).getByLabelText(/^Agreement reference/)).toHaveAccessibleDescription(
      /contract reference/,
    );
    expect(within(form).getByLabelText(/^In force until/)).toHaveAccessibleDescription(
      /cannot be before the first day/,
    );
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('puts each refusal from the server next to its input', async () => {
    const user = userEvent.setup();
    fakeBackend(['admin'], {
      [`GET ${BASE}`]: () => json(overview()),
      [`POST ${BASE}`]: () =>
        fieldProblem([
          { field: 'reference', message: 'already recorded for this partner' },
          { field: 'effectiveFrom', message: 'overlaps BAA-2026-014 (Jan 1, 2026 – Dec 31, 2027)' },
        ]),
    });
    renderApp(PAGE);

    await user.click(
      await screen.findByRole('button', {
        name: 'Record agreement with Northwind Managed Services',
      }),
    );
    const form = await screen.findByRole('form', { name: 'Record a business associate agreement' });
    await user.type(within(form).getByLabelText(/^Agreement reference/), 'BAA-2026-014');
    await user.type(within(form).getByLabelText(/^In force from/), '2026-06-01');
    await user.click(within(form).getByRole('button', { name: 'Record agreement' }));

    await waitFor(() =>
      expect(within(form).getByLabelText(/^Agreement reference/)).toHaveAccessibleDescription(
        /already recorded for this partner/,
      ),
    );
    expect(within(form).getByLabelText(/^In force from/)).toHaveAccessibleDescription(
      /overlaps BAA-2026-014/,
    );
    expect(within(form).getByLabelText(/^In force until/)).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('ends an agreement after asking for its last day', async () => {
    const user = userEvent.setup();
    const { fetchMock } = fakeBackend(['admin'], {
      [`GET ${BASE}`]: () => json(overview()),
      [`POST ${BASE}/2/end`]: (_url, init) =>
        json({
          ...NORTHWIND_CURRENT,
          effectiveUntil: bodyOf(init).effectiveUntil,
          endedBy: 'admin',
        }),
    });
    renderApp(PAGE);

    const northwind = await screen.findByRole('region', { name: 'Northwind Managed Services' });
    await user.click(within(northwind).getByRole('button', { name: 'End agreement' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/^Last day in force/)).toHaveValue(today());
    expect(dialog).toHaveTextContent(
      /agents of Northwind Managed Services read tickets with patient details masked/,
    );
    await user.clear(within(dialog).getByLabelText(/^Last day in force/));
    await user.type(within(dialog).getByLabelText(/^Last day in force/), '2026-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'End agreement' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = fetchMock.mock.calls.find(([url]) => urlOf(url).pathname === `${BASE}/2/end`)!;
    expect(bodyOf(post[1])).toEqual({ effectiveUntil: '2026-12-31' });
  });

  it('shows why ending was refused next to the date', async () => {
    const user = userEvent.setup();
    fakeBackend(['admin'], {
      [`GET ${BASE}`]: () => json(overview()),
      [`POST ${BASE}/2/end`]: () =>
        fieldProblem([
          { field: 'effectiveUntil', message: 'must not be after the current end 2027-12-31' },
        ]),
    });
    renderApp(PAGE);

    const northwind = await screen.findByRole('region', { name: 'Northwind Managed Services' });
    await user.click(within(northwind).getByRole('button', { name: 'End agreement' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'End agreement' }));

    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^Last day in force/)).toHaveAccessibleDescription(
        /must not be after the current end 2027-12-31/,
      ),
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('shows a failure to load with a way to try again', async () => {
    fakeBackend(['admin'], {
      [`GET ${BASE}`]: () =>
        problem(500, 'Internal Server Error', 'Medley could not complete this request.'),
    });
    renderApp(PAGE);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the business associate agreements');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
