import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend, fieldProblem } from '@/testing/fake-backend';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { OrganizationAuditPage, OrganizationSettings } from '../types';

const SETTINGS: OrganizationSettings = {
  name: 'Riverside Health',
  timeZone: 'America/New_York',
  reopenWindow: 'P7D',
  maskedNames: ['Zebediah Quill'],
  supportEmail: 'it-help@riverside.example',
  defaultCalendarId: 1,
  version: 4,
};

const AUDIT: OrganizationAuditPage = {
  items: [
    {
      at: '2026-12-01T14:30:00Z',
      actor: 'admin',
      actorName: 'Alex Kim',
      detail: 'reopenWindow: P5D → P7D',
    },
  ],
  page: 0,
  size: 10,
  total: 1,
};

const CALENDARS = {
  items: [
    { id: 1, name: 'Service desk hours', zone: 'America/New_York' },
    { id: 2, name: '24x7', zone: 'UTC' },
  ],
  page: 0,
  size: 200,
  total: 2,
};

function bodyOf(init: RequestInit | undefined): Record<string, unknown> {
  return JSON.parse(init?.body as string) as Record<string, unknown>;
}

function backend(put: (init: RequestInit | undefined) => Response) {
  return fakeBackend(['admin'], {
    'GET /api/organization': () => json(SETTINGS),
    'GET /api/organization/audit': () => json(AUDIT),
    'GET /api/calendars': () => json(CALENDARS),
    'PUT /api/organization': (_url, init) => put(init),
  });
}

configure({ asyncUtilTimeout: 4000 });

describe('organisation settings', { timeout: 20_000 }, () => {
  it('shows the settings and the recent changes, and saves every setting with the version', async () => {
    const sent: Record<string, unknown>[] = [];
    backend((init) => {
      sent.push(bodyOf(init));
      return json({ ...SETTINGS, ...bodyOf(init), version: 5 });
    });
    renderApp('/admin/organization');

    const name = await screen.findByLabelText(/Organisation name/);
    expect(name).toHaveValue('Riverside Health');
    expect(screen.getByText(/may reopen a resolved ticket for 7 days/)).toBeInTheDocument();
    expect(screen.getByText('Zebediah Quill')).toBeInTheDocument();
    const changes = await screen.findByRole('table', { name: 'Recent changes' });
    expect(within(changes).getByText('reopenWindow: P5D → P7D')).toBeInTheDocument();
    expect(within(changes).getByText('Alex Kim')).toBeInTheDocument();

    const user = userEvent.setup();
    const days = screen.getByLabelText('Reopen window: days');
    await user.clear(days);
    await user.type(days, '3');
    await user.type(screen.getByLabelText('and hours'), '{backspace}12');
    await user.type(
      screen.getByLabelText(/Names to mask/, { selector: 'input' }),
      'Ada Lovelace{enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText(/Your changes apply now/)).toBeInTheDocument();
    expect(sent).toEqual([
      {
        name: 'Riverside Health',
        timeZone: 'America/New_York',
        reopenWindow: 'P3DT12H',
        maskedNames: ['Zebediah Quill', 'Ada Lovelace'],
        supportEmail: 'it-help@riverside.example',
        defaultCalendarId: 1,
        version: 4,
      },
    ]);
  });

  it('puts what the server refuses next to the field it names', async () => {
    backend(() =>
      fieldProblem([
        { field: 'supportEmail', message: 'an e-mail address such as it-support@hospital.org' },
        { field: 'timeZone', message: 'an IANA time zone such as America/New_York' },
      ]),
    );
    renderApp('/admin/organization');

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save settings' }));

    expect(await screen.findByLabelText(/Support e-mail address/)).toHaveAccessibleDescription(
      /such as it-support@hospital.org/,
    );
    expect(screen.getByText('an IANA time zone such as America/New_York')).toBeInTheDocument();
  });

  it('checks the window and e-mail before sending', async () => {
    const { calls } = backend(() => json(SETTINGS));
    renderApp('/admin/organization');

    const user = userEvent.setup();
    const days = await screen.findByLabelText('Reopen window: days');
    await user.clear(days);
    await user.type(days, '120');
    const email = screen.getByLabelText(/Support e-mail address/);
    await user.clear(email);
    await user.type(email, 'helpdesk at riverside');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText(/at most 90 days|from 0 to 90/i)).toBeInTheDocument();
    expect(screen.getByText(/Enter an address such as/)).toBeInTheDocument();
    expect(calls('PUT', '/api/organization')).toHaveLength(0);
  });

  it('says when another administrator saved first and offers their version', async () => {
    backend(() =>
      json(
        {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'version: someone changed the settings since you loaded them',
          errors: [
            { field: 'version', message: 'someone changed the settings since you loaded them' },
          ],
        },
        409,
        'application/problem+json',
      ),
    );
    renderApp('/admin/organization');

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Someone else saved first')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load the latest settings' })).toBeInTheDocument();
  });
});
