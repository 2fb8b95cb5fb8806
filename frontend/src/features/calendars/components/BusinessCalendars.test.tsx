import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { Calendar } from '../types';
import { formatDue } from '@/lib/time';

function me(roles: string[]) {
  return {
    username: roles[0],
    displayName: 'Sam Rivera',
    roles,
    organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
  };
}

const office = [{ from: '08:00', to: '17:00' }];
const BUSINESS_HOURS: Calendar = {
  id: 3,
  name: 'Business hours',
  zone: 'America/New_York',
  definition: {
    name: 'Business hours',
    zone: 'America/New_York',
    week: { MONDAY: office, TUESDAY: office, WEDNESDAY: office, THURSDAY: office, FRIDAY: office },
    holidays: [
      { date: '2026-12-24', name: 'Christmas Eve', open: [{ from: '07:00', to: '12:00' }] },
      { date: '2026-12-25', name: 'Christmas Day', open: null },
    ],
  },
};
const ROUND_THE_CLOCK: Calendar = {
  id: 1,
  name: '24x7',
  zone: 'America/New_York',
  definition: {
    name: '24x7',
    zone: 'America/New_York',
    week: Object.fromEntries(
      ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((d) => [
        d,
        [{ from: '00:00', to: '00:00' }],
      ]),
    ),
    holidays: [],
  },
};
const LIST = { items: [ROUND_THE_CLOCK, BUSINESS_HOURS], page: 0, size: 50, total: 2 };
const DUE = { PT4H: '2026-12-07T16:00:00Z', PT8H: '2026-12-08T15:00:00Z' } as const;

function bodyOf(init: RequestInit | undefined): Record<string, unknown> {
  return JSON.parse(init?.body as string) as Record<string, unknown>;
}

function backend(roles: string[], extra: Parameters<typeof mockFetch>[0] = {}) {
  startSession('t', 3600);
  return mockFetch({
    'GET /api/me': () => json(me(roles)),
    'GET /api/calendars?page=0&size=50': () => json(LIST),
    'GET /api/calendars/3': () => json(BUSINESS_HOURS),
    'POST /api/calendars/3/deadline': (init) =>
      json({ deadline: DUE[bodyOf(init).duration as keyof typeof DUE] }),
    ...extra,
  });
}

describe('business calendars', () => {
  it('lists the calendars with their week in short and their holidays', async () => {
    backend(['admin']);
    renderApp('/admin/calendars');

    const row = (await screen.findByRole('button', { name: 'Business hours' })).closest('tr')!;
    expect(within(row).getByText('Mon–Fri 08:00–17:00')).toBeInTheDocument();
    expect(within(row).getByText('2 holidays')).toBeInTheDocument();
    const other = screen.getByRole('button', { name: '24x7' }).closest('tr')!;
    expect(within(other).getByText('Every day, 24 h')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Business calendars', level: 1 }),
    ).toBeInTheDocument();
  });

  it('previews the due time of a target from the deadline endpoint', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(['agent']);
    renderApp('/admin/calendars');

    await user.click(await screen.findByRole('button', { name: 'Business hours' }));
    const preview = await screen.findByTestId('deadline-preview');
    await waitFor(() =>
      expect(within(preview).getByTestId('deadline')).toHaveTextContent(
        formatDue(DUE.PT4H, 'America/New_York'),
      ),
    );

    await user.click(screen.getByRole('radio', { name: '8 h' }));
    await waitFor(
      () =>
        expect(within(preview).getByTestId('deadline')).toHaveTextContent(
          formatDue(DUE.PT8H, 'America/New_York'),
        ),
      { timeout: 2000 },
    );
    const asked = fetchMock.mock.calls
      .filter(([url, init]) => url === '/api/calendars/3/deadline' && init?.method === 'POST')
      .map(([, init]) => bodyOf(init));
    expect(asked.map((body) => body.duration)).toEqual(['PT4H', 'PT8H']);
    expect(typeof asked[0]?.start).toBe('string');
    expect(Number.isNaN(Date.parse(String(asked[0]?.start)))).toBe(false);
  });

  it('shows the problem when the deadline endpoint refuses', async () => {
    backend(['agent'], {
      'POST /api/calendars/3/deadline': () =>
        json(
          { title: 'Bad Request', status: 400, detail: 'duration: too long for this calendar' },
          400,
          'application/problem+json',
        ),
    });
    renderApp('/admin/calendars?calendar=3');

    await screen.findByRole('heading', { name: /try it/i });
    expect(await screen.findByText('duration: too long for this calendar')).toBeInTheDocument();
  });

  it('offers no "New calendar" to roles that may only read', async () => {
    backend(['agent']);
    renderApp('/admin/calendars');

    await screen.findByRole('button', { name: 'Business hours' });
    expect(screen.queryByRole('button', { name: 'New calendar' })).not.toBeInTheDocument();
    expect(screen.getByText(/only administrators can change them/i)).toBeInTheDocument();
  });

  it('puts each server error next to its input and lists them all', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(['admin'], {
      'POST /api/calendars': () =>
        json(
          {
            title: 'Bad Request',
            status: 400,
            detail: 'invalid calendar',
            errors: [
              { field: 'week.MONDAY[1]', message: 'overlaps 09:00-12:00' },
              { field: 'zone', message: 'unknown time zone "Mars/Olympus"' },
              { field: 'holidays[0].date', message: 'not a date "" (expected YYYY-MM-DD)' },
            ],
          },
          400,
          'application/problem+json',
        ),
    });
    renderApp('/admin/calendars');

    await user.click(await screen.findByRole('button', { name: 'New calendar' }));
    const form = await screen.findByRole('form', { name: 'New business calendar' });
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Pharmacy hours');
    await user.click(within(form).getByRole('button', { name: 'Add hours to Monday' }));
    await user.click(within(form).getByRole('button', { name: 'Add holiday' }));
    await user.click(within(form).getByRole('button', { name: 'Create calendar' }));

    const alert = await within(form).findByRole('alert', { name: /not saved/i });
    expect(alert).toHaveTextContent('Monday, hours 2: overlaps 09:00-12:00');
    expect(alert).toHaveTextContent('Time zone: unknown time zone');
    expect(alert).toHaveTextContent('Holiday 1, date: not a date');

    const mondayOpens = within(form).getByLabelText('Monday, hours 2, opens');
    expect(mondayOpens).toHaveAttribute('aria-invalid', 'true');
    expect(mondayOpens).toHaveAccessibleDescription('overlaps 09:00-12:00');
    expect(within(form).getByLabelText('Monday, hours 1, opens')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      within(form).getByLabelText(/Time zone/, { selector: 'input' }),
    ).toHaveAccessibleDescription(/unknown time zone/);
    expect(within(form).getByLabelText(/^Date/)).toHaveAccessibleDescription(/not a date/);

    const [, init] = fetchMock.mock.calls.find(([url]) => url === '/api/calendars')!;
    const sent = bodyOf(init);
    expect(sent.name).toBe('Pharmacy hours');
    expect((sent.week as Record<string, unknown[]>).MONDAY).toHaveLength(2);
    expect(sent.holidays).toEqual([{ date: '', name: '', open: null }]);
  });

  it('selects the new calendar once it is created', async () => {
    const user = userEvent.setup();
    const created: Calendar = { ...BUSINESS_HOURS, id: 7, name: 'Pharmacy hours' };
    backend(['admin'], {
      'POST /api/calendars': () => json(created, 201),
      'GET /api/calendars/7': () => json(created),
      'POST /api/calendars/7/deadline': () => json({ deadline: DUE.PT4H }),
    });
    const { router } = renderApp('/admin/calendars');

    await user.click(await screen.findByRole('button', { name: 'New calendar' }));
    const form = await screen.findByRole('form', { name: 'New business calendar' });
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Pharmacy hours');
    await user.click(within(form).getByRole('button', { name: 'Create calendar' }));

    await waitFor(() => expect(router.state.location.search).toBe('?calendar=7'));
    expect(await screen.findByRole('heading', { name: 'Pharmacy hours' })).toBeInTheDocument();
  });
});
