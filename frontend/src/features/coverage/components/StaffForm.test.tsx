import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { json, mockFetch } from '@/testing/fetch-mock';
import type { StaffMember } from '../api/catalog';
import { StaffForm } from './StaffForm';

const EMPLOYERS = [
  { id: 1, name: 'Internal (the hospital)', kind: 'INTERNAL' },
  { id: 2, name: 'Northwind Managed Services', kind: 'CONTRACTED' },
];

const DANA: StaffMember = {
  id: 7,
  name: 'Dana Whitfield',
  email: 'dana.whitfield@riverside-health.example',
  kind: 'INTERNAL',
  employerId: 1,
  employer: 'Riverside Health',
  team: 'Service Desk',
  zone: 'America/New_York',
  capacityHours: 40,
  shifts: [],
  version: 3,
  accountId: 41,
  account: {
    id: 41,
    name: 'Dana Whitfield',
    email: 'agent@riverside-health.example',
    username: 'agent',
  },
};

const ACCOUNTS = {
  items: [
    {
      id: 41,
      name: 'Dana Whitfield',
      email: 'agent@riverside-health.example',
      username: 'agent',
      staffId: 7,
      staffName: 'Dana Whitfield',
    },
    {
      id: 42,
      name: 'Marcus Bell',
      email: null,
      username: 'mbell',
      staffId: 8,
      staffName: 'Marcus Bell',
    },
    {
      id: 43,
      name: 'Maya Brooks',
      email: 'maya@riverside-health.example',
      username: 'mbrooks',
      staffId: null,
      staffName: null,
    },
  ],
  page: 0,
  size: 20,
  total: 3,
};

function renderForm(person: StaffMember | null) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  const onDone = vi.fn();
  render(
    <AppProvider queryClient={queryClient}>
      <StaffForm person={person} onDone={onDone} />
    </AppProvider>,
  );
  return onDone;
}

const bodyOf = (init: RequestInit | undefined) =>
  JSON.parse(init?.body as string) as Record<string, unknown>;

describe('the staff editor’s sign-in picker', () => {
  it('shows the linked account, offers the employer’s free accounts and saves the one picked', async () => {
    const user = userEvent.setup();
    let saved: Record<string, unknown> = {};
    mockFetch({
      'GET /api/staff/employers': () => json(EMPLOYERS),
      'GET /api/staff/accounts?employerId=1&size=20': () => json(ACCOUNTS),
      'PUT /api/staff/7': (init) => {
        saved = bodyOf(init);
        return json({ ...DANA, accountId: 43 });
      },
    });
    const onDone = renderForm(DANA);

    const picker = await screen.findByLabelText('Signs in as', { selector: 'input' });
    expect(picker).toHaveValue('Dana Whitfield · agent@riverside-health.example');
    await user.click(picker);
    const taken = await screen.findByRole('option', {
      name: 'Marcus Bell · mbell — linked to Marcus Bell',
      hidden: true,
    });
    expect(taken).toHaveAttribute('data-combobox-disabled', 'true');
    await user.click(
      screen.getByRole('option', {
        name: 'Maya Brooks · maya@riverside-health.example',
        hidden: true,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(saved.accountId).toBe(43);
    expect(saved.version).toBe(3);
  });

  it('saves "Not linked" as no account and shows the server’s refusal beside the picker', async () => {
    const user = userEvent.setup();
    const bodies: Record<string, unknown>[] = [];
    mockFetch({
      'GET /api/staff/employers': () => json(EMPLOYERS),
      'GET /api/staff/accounts?employerId=1&size=20': () => json(ACCOUNTS),
      'PUT /api/staff/7': (init) => {
        bodies.push(bodyOf(init));
        return json(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'Maya Brooks is already linked to Ana Lopez: unlink it there first.',
            errors: [
              {
                field: 'accountId',
                message: 'Maya Brooks is already linked to Ana Lopez: unlink it there first.',
              },
            ],
          },
          409,
          'application/problem+json',
        );
      },
    });
    renderForm(DANA);

    const picker = await screen.findByLabelText('Signs in as', { selector: 'input' });
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Not linked', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/already linked to Ana Lopez/)).toBeInTheDocument();
    expect(bodies[0]?.accountId).toBeNull();
  });

  it('asks for the partner before offering accounts of a contracted person', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/staff/employers': () => json(EMPLOYERS),
      'GET /api/staff/accounts?employerId=1&size=20': () => json(ACCOUNTS),
    });
    renderForm(null);

    await user.click(await screen.findByRole('radio', { name: 'A partner (contracted)' }));
    expect(screen.getByLabelText('Signs in as', { selector: 'input' })).toBeDisabled();
    expect(screen.getByText(/Choose the partner first/)).toBeInTheDocument();
  });
});
