import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import { deskBackend, ticketSummary, ticketView } from '../test-fixtures';
import type { TicketSummary } from '../types';

const AGENT = {
  username: 'agent',
  displayName: 'Dana Whitfield',
  roles: ['agent'],
  organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
};
const END_USER = { ...AGENT, username: 'enduser', displayName: 'Nora Patel', roles: ['end-user'] };
const PARTNER = {
  username: 'partner',
  displayName: 'Ivo Marsh',
  roles: ['partner-agent'],
  organization: { id: 2, name: 'Northwind', kind: 'PARTNER' },
};

const backend = deskBackend;

function bodyOf(init: RequestInit | undefined): Record<string, unknown> {
  return JSON.parse(init?.body as string) as Record<string, unknown>;
}

const summary = ticketSummary;

const view = ticketView;

const page = (items: TicketSummary[], total = items.length, totalExact = true) =>
  json({ items, page: 0, size: 25, total, totalExact });

describe('the portal form', () => {
  it('asks for what is missing beside each question, then files impact and urgency as ITIL values', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(END_USER, {
      'GET /api/applications': () =>
        json({
          items: [
            { id: 11, name: 'Epic Hyperspace', vendor: 'Epic', category: 'EHR', criticality: 1 },
          ],
          page: 0,
          size: 20,
          total: 1,
        }),
      'POST /api/tickets': () => json(view(5), 201),
      'GET /api/tickets/5': () => json(view(5)),
      'GET /api/tickets/5/comments': () => json([]),
    });
    const { router } = renderApp('/portal/new');
    const form = await screen.findByRole('form', { name: 'Report a problem or request something' });

    await user.click(within(form).getByRole('button', { name: 'Send to IT' }));
    expect(within(form).getByLabelText(/In a few words/)).toHaveAccessibleDescription(
      /^Say in a few words what is wrong/,
    );
    expect(within(form).getByText('Choose who is affected')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await user.type(within(form).getByLabelText(/Which application/), 'Ep');
    await pick(user, within(form).getByLabelText(/Which application/), /Epic Hyperspace/);
    await user.type(within(form).getByLabelText(/In a few words/), 'Cannot print wristbands');
    await user.type(within(form).getByLabelText(/What happened/), 'Blank labels on 4 West');
    await user.click(within(form).getByRole('radio', { name: /My team or unit/ }));
    await user.click(within(form).getByRole('radio', { name: /Work or patient care is stopped/ }));
    await user.click(within(form).getByRole('checkbox', { name: /contains patient information/ }));
    await user.click(within(form).getByRole('button', { name: 'Send to IT' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/portal/tickets/5'));
    const [, init] = fetchMock.mock.calls.find(
      ([url, i]) => url === '/api/tickets' && i?.method === 'POST',
    )!;
    expect(bodyOf(init)).toEqual({
      type: 'INCIDENT',
      title: 'Cannot print wristbands',
      description: 'Blank labels on 4 West',
      applicationId: 11,
      impact: 2,
      urgency: 1,
      phi: true,
      affectedUsers: 5,
    });
  }, 20_000);
  it('counts the summary as it is typed and refuses a pasted one over 200 instead of cutting it', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(END_USER, {});
    renderApp('/portal/new');
    const form = await screen.findByRole('form', { name: 'Report a problem or request something' });
    const title = within(form).getByLabelText(/In a few words/);

    await user.type(title, 'Cannot print wristbands');
    expect(within(form).getByText('23 / 200')).toBeInTheDocument();

    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(10_000));
    expect(title).toHaveValue('x'.repeat(10_000));
    expect(within(form).getByText('10000 / 200')).toBeInTheDocument();
    expect(
      within(form).getByText('Keep the summary to 200 characters (9800 too many)'),
    ).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Send to IT' }));
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('keeps "What IT did" on a closed ticket', async () => {
    backend(END_USER, {
      'GET /api/tickets/5': () =>
        json(
          view(5, {
            status: 'CLOSED',
            resolutionCode: 'FIXED',
            resolution: 'Replaced the label printer driver on 4 West.',
            permissions: { ...view(5).permissions, work: false, transitions: [] },
          }),
        ),
      'GET /api/tickets/5/comments': () => json([]),
    });
    renderApp('/portal/tickets/5');
    expect(await screen.findByText('What IT did')).toBeInTheDocument();
    expect(screen.getByText('Replaced the label printer driver on 4 West.')).toBeInTheDocument();
    expect(screen.queryByText('Does it work for you now?')).not.toBeInTheDocument();
  });
});

describe('the application picker', () => {
  it('offers “Other / I don’t know”, which files the ticket without an application', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(END_USER, {
      'GET /api/applications': () =>
        json({
          items: [
            {
              id: 12,
              name: 'Epic ClinDoc (Inpatient)',
              vendor: 'Epic Systems',
              category: 'EHR',
              criticality: 1,
              aliases: ['Hyperspace', 'Chart'],
            },
          ],
          page: 0,
          size: 20,
          total: 1,
        }),
      'POST /api/tickets': () => json(view(5), 201),
      'GET /api/tickets/5': () => json(view(5)),
      'GET /api/tickets/5/comments': () => json([]),
    });
    const { router } = renderApp('/portal/new');
    const form = await screen.findByRole('form', { name: 'Report a problem or request something' });

    await user.type(within(form).getByLabelText(/Which application/), 'Hyperspace');
    expect(await screen.findByText(/also called Hyperspace/)).toBeInTheDocument();
    await pick(user, within(form).getByLabelText(/Which application/), /Other \/ I don’t know/);
    await user.type(within(form).getByLabelText(/In a few words/), 'Screen went black');
    await user.type(within(form).getByLabelText(/What happened/), 'The big screen at the desk');
    await user.click(within(form).getByRole('radio', { name: /Just me/ }));
    await user.click(within(form).getByRole('radio', { name: /It slows us down/ }));
    await user.click(within(form).getByRole('button', { name: 'Send to IT' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/portal/tickets/5'));
    const [, init] = fetchMock.mock.calls.find(
      ([url, i]) => url === '/api/tickets' && i?.method === 'POST',
    )!;
    expect(bodyOf(init)).not.toHaveProperty('applicationId');
  }, 20_000);
});

describe('the ticket view', () => {
  it('confirms an escalation with the tier and group it went to', async () => {
    const user = userEvent.setup();
    backend(AGENT, {
      'GET /api/tickets/5': () => json(view(5)),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
      'POST /api/tickets/5/escalations': () =>
        json(
          view(5, {
            tier: 'L2',
            groupId: 3,
            groupName: 'Clinical Applications',
            version: 4,
          }),
        ),
    });
    renderApp('/workspace/tickets/5');
    const toolbar = await screen.findByRole('toolbar', { name: 'Actions' });
    await user.click(within(toolbar).getByRole('button', { name: 'Escalate…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByLabelText(/Why does it need the next tier/),
      'Printer driver fault',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Escalate to L2' }));

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Escalated to L2 · Application / desktop');
    expect(done).toHaveTextContent('INC-000005 is now with Clinical Applications.');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('asks a partner only for members of groups the partner sees, and names groups in the timeline', async () => {
    const fetchMock = backend(PARTNER, {
      'GET /api/support-groups': () =>
        json([
          { id: 7, name: 'Northwind Overnight Desk', tier: 'L1', partner: true, autoAssign: false },
        ]),
      'GET /api/support-groups/7/members': () => json([]),
      'GET /api/tickets/5': () =>
        json(view(5, { groupId: 1, groupName: 'Service Desk', partnerGroup: false })),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () =>
        json([
          {
            id: 1,
            actorName: 'Ivo Marsh',
            at: '2026-11-23T10:05:00Z',
            action: 'ROUTED',
            field: 'group',
            oldValue: 'Northwind Overnight Desk',
            newValue: 'Service Desk',
            note: null,
          },
          {
            id: 2,
            actorName: 'Ivo Marsh',
            at: '2026-11-23T10:06:00Z',
            action: 'ROUTED',
            field: 'group',
            oldValue: '1',
            newValue: '7',
            note: null,
          },
        ]),
    });
    renderApp('/partner/tickets/5');
    expect(
      await screen.findByText(/· Group: Northwind Overnight Desk → Service Desk$/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => url === '/api/support-groups/7/members')).toBe(
        true,
      ),
    );
    expect(
      fetchMock.mock.calls.filter(
        ([url]) => typeof url === 'string' && url.startsWith('/api/support-groups/1/'),
      ),
    ).toEqual([]);
  });

  it('offers only the actions the ticket allows', async () => {
    backend(AGENT, {
      'GET /api/tickets/5': () =>
        json(
          view(5, {
            status: 'RESOLVED',
            permissions: {
              work: true,
              commentInternal: true,
              rate: false,
              transitions: ['IN_PROGRESS', 'CLOSED'],
              pickUp: true,
              readsPhi: true,
            },
          }),
        ),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
    });
    renderApp('/workspace/tickets/5');
    const toolbar = await screen.findByRole('toolbar', { name: 'Actions' });
    expect(within(toolbar).getByRole('button', { name: 'Reopen…' })).toBeInTheDocument();
    expect(within(toolbar).queryByRole('button', { name: 'Resolve…' })).not.toBeInTheDocument();
    expect(within(toolbar).queryByRole('button', { name: 'Pick up' })).not.toBeInTheDocument();
    expect(within(toolbar).queryByRole('button', { name: 'Escalate…' })).not.toBeInTheDocument();
  });

  it('tells a partner without an agreement that patient details are masked', async () => {
    const base = view(5);
    backend(AGENT, {
      'GET /api/tickets/5': () =>
        json({ ...base, permissions: { ...base.permissions, readsPhi: false } }),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
    });
    renderApp('/workspace/tickets/5');
    expect(await screen.findByText('Patient details are masked')).toBeInTheDocument();
  });

  it('shows an executive a ticket behind a figure read only, masked, with the way back', async () => {
    const base = view(5);
    const links: string[] = [];
    backend(
      { ...END_USER, username: 'exec', roles: ['executive', 'end-user'] },
      {
        'GET /api/tickets/5': () =>
          json({
            ...base,
            permissions: {
              work: false,
              commentInternal: false,
              rate: false,
              transitions: [],
              pickUp: false,
              readsPhi: false,
            },
          }),
        'GET /api/tickets/5/comments': () => json([]),
        'GET /api/tickets/5/audit': () => json([]),
        'GET /api/tickets/5/links': () => {
          links.push('asked');
          return json([]);
        },
      },
    );
    renderApp('/insights/tickets/5');
    expect(await screen.findByText(/to understand a figure/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the figures' })).toHaveAttribute(
      'href',
      '/insights',
    );
    expect(screen.queryByRole('toolbar', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /reply|note/i })).not.toBeInTheDocument();
    expect(links).toEqual([]);
  });

  it('says nothing of masking to readers who see patient details', async () => {
    backend(AGENT, {
      'GET /api/tickets/5': () => json(view(5)),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
    });
    renderApp('/workspace/tickets/5');
    await screen.findByRole('toolbar', { name: 'Actions' });
    expect(screen.queryByText('Patient details are masked')).not.toBeInTheDocument();
  });

  it('explains instead of offering Pick up to someone without a staff record', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(AGENT, {
      'GET /api/tickets/5': () =>
        json(
          view(5, {
            permissions: {
              work: true,
              commentInternal: true,
              rate: false,
              transitions: ['IN_PROGRESS', 'RESOLVED', 'CANCELLED'],
              pickUp: false,
              readsPhi: true,
            },
          }),
        ),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
    });
    renderApp('/workspace/tickets/5');
    const toolbar = await screen.findByRole('toolbar', { name: 'Actions' });
    const pickUp = within(toolbar).getByRole('button', { name: 'Pick up' });
    expect(pickUp).toHaveAttribute('data-disabled');
    expect(screen.getByText(/You have no staff record on this desk/)).toBeInTheDocument();
    await user.click(pickUp);
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/tickets/5/transitions')).toBe(false);
    expect(within(toolbar).getByRole('button', { name: 'Assign…' })).toBeInTheDocument();
  });

  it('lists attachments and sends a chosen file as multipart', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(AGENT, {
      'GET /api/tickets/5': () => json(view(5)),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
      'GET /api/tickets/5/attachments': () =>
        json([
          {
            id: 9,
            filename: 'error-screen.png',
            contentType: 'image/png',
            sizeBytes: 2048,
            sha256: 'ab',
            visibility: 'PUBLIC',
            uploadedBy: 'Nora Patel',
            createdAt: '2026-11-23T10:00:00Z',
          },
        ]),
      'POST /api/tickets/5/attachments': () =>
        json({ id: 10, filename: 'log.txt', contentType: 'text/plain' }, 201),
    });
    renderApp('/workspace/tickets/5');
    expect(
      await screen.findByRole('button', { name: 'Download error-screen.png' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/2\.0 KB · Nora Patel/)).toBeInTheDocument();

    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['Error 42'], 'log.txt', { type: 'text/plain' }));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([url, init]) => url === '/api/tickets/5/attachments' && init?.method === 'POST',
        ),
      ).toBe(true),
    );
    const [, sent] = fetchMock.mock.calls.find(
      ([url, init]) => url === '/api/tickets/5/attachments' && init?.method === 'POST',
    )!;
    const form = sent?.body as FormData;
    expect((form.get('file') as File).name).toBe('log.txt');
    expect(form.get('visibility')).toBe('PUBLIC');
  });

  it('changes impact and urgency with a reason and shows the priority it leads to', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(AGENT, {
      'GET /api/tickets/5': () => json(view(5)),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
      'PATCH /api/tickets/5': (init) =>
        json(view(5, { ...bodyOf(init), priority: 'P2', version: 4 })),
    });
    renderApp('/workspace/tickets/5');

    await user.click(await screen.findByRole('button', { name: 'Priority…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: /1 · Many people/ }));
    expect(within(dialog).getByTestId('priority-preview')).toHaveTextContent(
      'Priority P3 becomes P2',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Change to P2' }));
    expect(within(dialog).getByText('Say why the priority changes')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false);

    await user.type(
      within(dialog).getByRole('textbox', { name: /Why does the priority change/ }),
      'Whole ward cannot chart',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Change to P2' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [, sent] = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH')!;
    expect(bodyOf(sent)).toEqual({
      version: 3,
      impact: 1,
      urgency: 2,
      reason: 'Whole ward cannot chart',
    });
  });

  it('says someone changed the ticket on a 409 and reloads it on request', async () => {
    const user = userEvent.setup();
    let version = 3;
    const fetchMock = backend(AGENT, {
      'GET /api/tickets/5': () => json(view(5, { version })),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
      'POST /api/tickets/5/transitions': () => {
        version = 4;
        return json(
          { title: 'Conflict', status: 409, detail: 'changed', currentVersion: 4, errors: [] },
          409,
          'application/problem+json',
        );
      },
    });
    renderApp('/workspace/tickets/5');

    await user.click(await screen.findByRole('button', { name: 'Pick up' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone changed this ticket');
    await user.click(within(alert).getByRole('button', { name: 'Reload the ticket' }));

    await waitFor(() =>
      expect(screen.queryByText('Someone changed this ticket')).not.toBeInTheDocument(),
    );
    const reads = fetchMock.mock.calls.filter(([url]) => url === '/api/tickets/5');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    const [, sent] = fetchMock.mock.calls.find(([url]) => url === '/api/tickets/5/transitions')!;
    expect(bodyOf(sent)).toEqual({ to: 'IN_PROGRESS', version: 3 });
  });
});

describe('the workspace queue', () => {
  it('moves with j/k, opens with Enter, and leaves keys alone while typing in search', async () => {
    const user = userEvent.setup();
    backend(AGENT, {
      'GET /api/tickets': () => page([summary(1), summary(2), summary(3)]),
      'GET /api/tickets/2': () => json(view(2)),
    });
    const { router } = renderApp('/workspace');
    // The first render of the workspace is slow on a loaded machine: wait longer than 1 s.
    await screen.findAllByTestId('ticket-row', {}, { timeout: 5000 });

    await user.keyboard('j');
    const rows = screen.getAllByTestId('ticket-row');
    expect(rows[1]).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.keyboard('jj');
    expect(screen.getAllByTestId('ticket-row')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspace/tickets/2'));
  });

  it('says "at least" of a queue too long to count and offers the page after', async () => {
    backend(AGENT, {
      'GET /api/tickets': () => page([summary(1), summary(2), summary(3)], 1000, false),
    });
    renderApp('/workspace');
    // The first render of the workspace is slow on a loaded machine: wait longer than 1 s.
    await screen.findAllByTestId('ticket-row', {}, { timeout: 5000 });
    expect(screen.getByText('1–3 of 1,000+')).toBeInTheDocument();
    expect(screen.getAllByText('1,000+').length).toBeGreaterThan(0); // the queue tabs' badges
    expect(screen.getByRole('button', { name: '41' })).toBeInTheDocument();
  });
});
