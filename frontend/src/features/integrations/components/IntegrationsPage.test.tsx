import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend } from '@/testing/fake-backend';
import { connector, deadLetter, fakeIntegrations } from '@/testing/fake-integrations';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';

configure({ asyncUtilTimeout: 4000 });

const PAGE = '/admin/integrations';
const RECENT = new Date(Date.now() - 5 * 60_000).toISOString();

const NORTHWIND = connector();
const APEX = connector({
  id: 2,
  kind: 'SERVICENOW',
  name: 'Apex ServiceNow',
  refSystem: 'APEX-SERVICENOW',
  baseUrl: 'https://apex.service-now.example',
  auth: { type: 'BASIC', username: 'medley', secretSet: true },
  settings: { assignmentGroup: 'Hospital IT' },
});

/** A Mantine Select's input (its label also names the listbox). */
function selectInput(container: HTMLElement, label: RegExp): HTMLInputElement {
  return within(container)
    .getAllByLabelText(label)
    .find((element) => element.tagName === 'INPUT') as HTMLInputElement;
}

function backend(integrations: ReturnType<typeof fakeIntegrations>) {
  return fakeBackend(['admin'], integrations.handlers);
}

describe('Integrations', { timeout: 60_000 }, () => {
  it('lists each desk with its kind, address, health, last sync and queue', async () => {
    backend(
      fakeIntegrations({
        connectors: [NORTHWIND, APEX],
        status: {
          1: {
            connectorId: 1,
            health: 'DEGRADED',
            lastSyncAt: RECENT,
            lastError: '503 from the desk',
            queued: 4,
            failed: 2,
            oldestPendingAgeSeconds: 300,
            polled: true,
            lastPolledAt: RECENT,
          },
        },
      }),
    );
    renderApp(PAGE);

    const northwind = (await screen.findByRole('button', { name: 'Change Northwind RT' })).closest(
      'tr',
    )!;
    expect(
      within(northwind).getByText('Request Tracker · references NORTHWIND-RT'),
    ).toBeInTheDocument();
    expect(within(northwind).getByText('https://rt.northwind.example')).toBeInTheDocument();
    expect(await within(northwind).findByText('Degraded')).toBeInTheDocument();
    expect(within(northwind).getByText('5 minutes ago')).toBeInTheDocument();
    expect(within(northwind).getByText(/4\s*\//)).toBeInTheDocument();
    expect(within(northwind).getByText('2')).toBeInTheDocument();
    // A desk the server has no status for (404) reads as "No data", not as an error.
    const apex = screen.getByRole('button', { name: 'Change Apex ServiceNow' }).closest('tr')!;
    expect(await within(apex).findByText('No data')).toBeInTheDocument();
    expect(within(apex).getByText('Never')).toBeInTheDocument();
    expect(within(apex).getByText(/^ServiceNow · references/)).toBeInTheDocument();
  });

  it('starts empty and adds a desk with the fields of its sign-in type only', async () => {
    const user = userEvent.setup();
    const integrations = fakeIntegrations();
    backend(integrations);
    renderApp(PAGE);

    expect(await screen.findByText('No partner desk connected yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add connector' }));
    const drawer = await screen.findByRole('dialog');
    await pick(user, selectInput(drawer, /^Desk/), /Jira Service/);
    await user.type(within(drawer).getByLabelText(/^Name/), 'Apex Jira');
    await user.type(within(drawer).getByLabelText(/^Base URL/), 'https://apex.atlassian.example');
    // Jira signs in with the account's e-mail and an API token.
    await user.type(within(drawer).getByRole('textbox', { name: /^User/ }), 'it@apex.example');
    await user.type(
      within(drawer).getByLabelText(/^API token/, { selector: 'input[type="password"]' }),
      'jira-secret',
    );
    await user.type(within(drawer).getByLabelText(/^Service desk id/), '4');
    await user.type(within(drawer).getByLabelText(/^Request type id/), '17');
    await user.type(within(drawer).getByLabelText(/^Attempts before a dead letter/), '8');
    await user.type(within(drawer).getByLabelText(/^Webhook secret/), 'hook-secret');
    await user.click(within(drawer).getByRole('button', { name: 'Add connector' }));

    await waitFor(() => expect(integrations.state.sent).toHaveLength(1));
    expect(integrations.state.sent[0]?.body).toEqual({
      kind: 'JIRA_SM',
      name: 'Apex Jira',
      baseUrl: 'https://apex.atlassian.example',
      auth: { type: 'BASIC', username: 'it@apex.example', password: 'jira-secret' },
      settings: { serviceDeskId: '4', requestTypeId: '17', maxAttempts: '8' },
      webhookSecret: 'hook-secret',
    });
    expect(await screen.findByRole('button', { name: 'Change Apex Jira' })).toBeInTheDocument();
  });

  it('adds a support mailbox with its own fields and no base URL, delivery or webhook', async () => {
    const user = userEvent.setup();
    const integrations = fakeIntegrations();
    backend(integrations);
    renderApp(PAGE);

    await user.click(await screen.findByRole('button', { name: 'Add connector' }));
    const drawer = await screen.findByRole('dialog');
    await pick(user, selectInput(drawer, /^Desk/), /Support mailbox/);
    expect(within(drawer).queryByLabelText(/^Base URL/)).not.toBeInTheDocument();
    expect(within(drawer).queryByLabelText(/^Webhook secret/)).not.toBeInTheDocument();
    expect(within(drawer).queryByLabelText(/^First retry after/)).not.toBeInTheDocument();
    await user.type(within(drawer).getByLabelText(/^Name/), 'Service desk mailbox');
    await user.type(
      within(drawer).getByRole('textbox', { name: /^Mailbox user/ }),
      'servicedesk@riverside.example',
    );
    await user.type(
      within(drawer).getByLabelText(/^Password/, { selector: 'input[type="password"]' }),
      'mailbox-secret',
    );
    await pick(user, selectInput(drawer, /^Protocol/), /^IMAP$/);
    await user.type(within(drawer).getByLabelText(/^Mail server/), 'mail.riverside.example');
    await pick(user, selectInput(drawer, /^Mail from unknown addresses/), /guest requester/);
    await user.click(within(drawer).getByRole('button', { name: 'Add connector' }));

    await waitFor(() => expect(integrations.state.sent).toHaveLength(1));
    expect(integrations.state.sent[0]?.body).toEqual({
      kind: 'EMAIL',
      name: 'Service desk mailbox',
      auth: {
        type: 'BASIC',
        username: 'servicedesk@riverside.example',
        password: 'mailbox-secret',
      },
      settings: { protocol: 'imap', host: 'mail.riverside.example', unknownSenders: 'GUEST' },
    });
  });

  it('keeps stored secrets when their fields stay blank, and tests the connection', async () => {
    const user = userEvent.setup();
    const integrations = fakeIntegrations({ connectors: [NORTHWIND] });
    integrations.state.tests = {
      ok: false,
      detail: 'RT answered 401: check the token',
      millis: 84,
    };
    backend(integrations);
    renderApp(PAGE);

    await user.click(await screen.findByRole('button', { name: 'Change Northwind RT' }));
    const drawer = await screen.findByRole('dialog');
    // The drawer fades in: wait for it rather than catch it mid-transition.
    await waitFor(() =>
      expect(within(drawer).getByText('A token is stored. Leave blank to keep it.')).toBeVisible(),
    );
    expect(within(drawer).getByText(/NORTHWIND-RT/)).toBeInTheDocument();
    expect(within(drawer).getByText(NORTHWIND.webhookUrl)).toBeInTheDocument();
    expect(within(drawer).getByText(/X-Medley-Signature: sha256=/)).toBeInTheDocument();
    expect(selectInput(drawer, /^Desk/)).toBeDisabled();

    await user.click(within(drawer).getByRole('button', { name: 'Test connection' }));
    expect(await within(drawer).findByText('Connection failed')).toBeInTheDocument();
    expect(within(drawer).getByText(/RT answered 401: check the token/)).toBeInTheDocument();

    const name = within(drawer).getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Northwind Request Tracker');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(integrations.state.sent.some((s) => s.method === 'PUT')).toBe(true));
    const put = integrations.state.sent.find((s) => s.method === 'PUT')!;
    expect(put.path).toBe('/api/integrations/connectors/1');
    expect(put.body).toMatchObject({
      name: 'Northwind Request Tracker',
      auth: { type: 'TOKEN' },
      settings: { queue: 'Hospital' },
      version: 0,
    });
    const body = put.body as { auth: Record<string, unknown>; webhookSecret?: unknown };
    expect(body.auth.token).toBeUndefined();
    expect(body.webhookSecret).toBeUndefined();
  });

  it('shows a desk’s operations and re-drives, reads and discards its dead letters', async () => {
    const user = userEvent.setup();
    const first = deadLetter();
    const second = deadLetter({
      eventId: '0b7c0e52-5a3e-4c1e-9d7e-2f1a7c9e0002',
      ticketId: 43,
      ticketNumber: 'INC-000043',
      kind: 'RESOLVE',
    });
    const integrations = fakeIntegrations({
      connectors: [NORTHWIND],
      status: {
        1: {
          connectorId: 1,
          health: 'FAILING',
          lastSyncAt: null,
          lastError: '422 Unprocessable: queue Hospital is disabled',
          queued: 1,
          failed: 2,
          oldestPendingAgeSeconds: 3900,
          polled: true,
          lastPolledAt: null,
        },
      },
      deadLetters: [first, second],
    });
    backend(integrations);
    renderApp(PAGE);

    await user.click(await screen.findByRole('button', { name: 'Operations of Northwind RT' }));
    const drawer = await screen.findByRole('dialog', { name: 'Northwind RT: operations' });
    expect(await within(drawer).findByText('Failing')).toBeInTheDocument();
    expect(within(drawer).getByText('1 h 5 min')).toBeInTheDocument();
    expect(within(drawer).getByText('Not polled yet')).toBeInTheDocument();
    expect(within(drawer).getByRole('link', { name: 'INC-000042' })).toHaveAttribute(
      'href',
      '/workspace/tickets/42',
    );

    await user.click(
      within(drawer).getByRole('button', {
        name: `Read dead letter ${first.eventId} of INC-000042`,
      }),
    );
    const read = await screen.findByRole('dialog', { name: 'PUBLIC_COMMENT for INC-000042' });
    expect(await within(read).findByText(/"ticketNumber": "INC-000042"/)).toBeInTheDocument();
    await user.click(within(read).getByRole('button', { name: 'Close' }));

    await user.click(
      within(drawer).getByRole('button', {
        name: `Re-drive dead letter ${first.eventId} of INC-000042`,
      }),
    );
    await waitFor(() =>
      expect(integrations.state.sent.map((s) => s.path)).toContain(
        `/api/integrations/dead-letters/${first.eventId}/redrive`,
      ),
    );
    await waitFor(() =>
      expect(within(drawer).queryByRole('link', { name: 'INC-000042' })).not.toBeInTheDocument(),
    );

    await user.click(
      within(drawer).getByRole('button', {
        name: `Discard dead letter ${second.eventId} of INC-000043`,
      }),
    );
    const discard = await screen.findByRole('dialog', {
      name: /Discard the RESOLVE of INC-000043/,
    });
    const confirm = within(discard).getByRole('button', { name: 'Discard' });
    expect(confirm).toBeDisabled();
    await user.type(within(discard).getByLabelText(/^Reason/), 'Closed by phone with Northwind');
    await user.click(confirm);
    await waitFor(() =>
      expect(integrations.state.sent).toContainEqual({
        method: 'POST',
        path: `/api/integrations/dead-letters/${second.eventId}/discard`,
        body: { reason: 'Closed by phone with Northwind' },
      }),
    );
    expect(await within(drawer).findByText('No dead letters')).toBeInTheDocument();
  });

  it('shows how a TMF621 hub signs in and where Medley’s listener stands', async () => {
    const user = userEvent.setup();
    const tmf = connector({
      id: 3,
      kind: 'TMF621',
      name: 'Apex TMF',
      refSystem: 'APEX-TMF',
      baseUrl: 'https://tmf.apex.example',
      auth: { type: 'OAUTH2_CLIENT', clientId: 'medley', tokenUrl: 'https://x/t', secretSet: true },
      settings: {},
    });
    const integrations = fakeIntegrations({
      connectors: [tmf],
      status: {
        3: {
          connectorId: 3,
          health: 'DEGRADED',
          lastSyncAt: null,
          lastError: null,
          queued: 0,
          failed: 0,
          oldestPendingAgeSeconds: null,
          polled: false,
          lastPolledAt: null,
          hub: {
            state: 'SUBSCRIBING',
            callback: tmf.webhookUrl,
            lastError: 'The desk is unavailable: HTTP 503',
            changedAt: RECENT,
          },
        },
      },
    });
    backend(integrations);
    renderApp(PAGE);

    await user.click(await screen.findByRole('button', { name: 'Operations of Apex TMF' }));
    const drawer = await screen.findByRole('dialog', { name: 'Apex TMF: operations' });
    expect(await within(drawer).findByText('Registering')).toBeInTheDocument();
    expect(within(drawer).getByText('The desk is unavailable: HTTP 503')).toBeInTheDocument();
    expect(within(drawer).getByLabelText('OAuth2 token URL')).toHaveTextContent(
      tmf.webhookTokenUrl,
    );
    expect(within(drawer).getByLabelText('Client ID')).toHaveTextContent('medley-connector-3');
    expect(within(drawer).getByText(/Client secret: the webhook secret \(set/)).toBeInTheDocument();
  });

  it('deletes with the version read, and shows why the server refused', async () => {
    const user = userEvent.setup();
    const integrations = fakeIntegrations({ connectors: [NORTHWIND] });
    let refuse = true;
    const remove = integrations.handlers['DELETE /api/integrations/connectors/:id']!;
    integrations.handlers['DELETE /api/integrations/connectors/:id'] = (url, init) => {
      if (refuse) {
        refuse = false;
        return new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'Northwind RT is the partner desk of "Northwind overnight services"',
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      return remove(url, init);
    };
    backend(integrations);
    renderApp(PAGE);

    await user.click(await screen.findByRole('button', { name: 'Delete Northwind RT' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Northwind RT?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete connector' }));
    expect(
      await within(dialog).findByText(/partner desk of "Northwind overnight services"/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete connector' }));
    expect(await screen.findByText('No partner desk connected yet')).toBeInTheDocument();
    expect(integrations.state.sent.map((s) => `${s.method} ${s.path}`)).toContain(
      'DELETE /api/integrations/connectors/1?version=0',
    );
  });
});
