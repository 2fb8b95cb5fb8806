import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend } from '@/testing/fake-backend';
import { json } from '@/testing/fetch-mock';
import { draft, fakeVendors, problemOf, vendor, vendorCase } from '@/testing/fake-vendors';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import { ticketView } from '../test-fixtures';

const EPIC = vendor();
const ORACLE = vendor({ id: 2, name: 'Oracle Health', caseEmail: 'support@oracle.example' });

/** The ticket page's own calls, quiet; the vendor API from the fake. */
function backend(roles: string[], vendors: ReturnType<typeof fakeVendors>) {
  return fakeBackend(roles, {
    ...vendors.handlers,
    'GET /api/tickets/5': () => json(ticketView(5)),
    'GET /api/tickets/5/comments': () => json([]),
    'GET /api/tickets/5/audit': () => json([]),
    'GET /api/tickets/5/attachments': () => json([]),
    'GET /api/tickets/5/links': () => json([]),
    'GET /api/tickets/5/sla': () => problemOf(404, 'Not Found', 'No SLA'),
    'GET /api/tickets/5/sync': () => json([]),
    'GET /api/tickets/5/watchers': () => problemOf(404, 'Not Found', 'none'),
    'GET /api/tickets/5/canned-replies': () => problemOf(404, 'Not Found', 'none'),
    'GET /api/staff/me': () => problemOf(404, 'Not Found', 'none'),
    'GET /api/support-groups': () => json([]),
  });
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  const toolbar = await screen.findByRole('toolbar', { name: 'Actions' });
  await user.click(within(toolbar).getByRole('button', { name: 'Escalate to vendor…' }));
  return screen.findByRole('dialog', { name: 'Escalate INC-000005 to a vendor' });
}

describe('escalating a ticket to its vendor', { timeout: 60_000 }, () => {
  it('sends the edited case mail with the ticket version and shows the case waiting to send', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: [EPIC, ORACLE] });
    backend(['agent'], vendors);
    renderApp('/workspace/tickets/5');

    // No case yet: no panel.
    await screen.findByRole('toolbar', { name: 'Actions' });
    expect(screen.queryByRole('region', { name: 'Vendor cases' })).not.toBeInTheDocument();

    const dialog = await openDialog(user);
    expect(await within(dialog).findByText('support@epic.example', { exact: false })).toBeVisible();
    expect(
      within(dialog).getByText('No business associate agreement with Epic Systems'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Medley removed 1 MRN and 2 phone numbers from this draft/),
    ).toBeInTheDocument();
    const subject = within(dialog).getByLabelText(/^Subject/);
    expect(subject).toHaveValue('[Riverside Health] INC-000005: Ticket 5');
    await user.clear(subject);
    await user.type(subject, 'Printing fails in Hyperspace');
    await user.click(within(dialog).getByRole('button', { name: 'Send to vendor' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(vendors.state.sent).toEqual([
      {
        method: 'POST',
        path: '/api/tickets/5/vendor-cases',
        body: {
          vendorId: 1,
          subject: 'Printing fails in Hyperspace',
          body: draft().body,
          version: 3,
        },
      },
    ]);
    const panel = await screen.findByRole('region', { name: 'Vendor cases' });
    expect(within(panel).getByText('Epic Systems')).toBeInTheDocument();
    expect(within(panel).getByText('Waiting to send')).toBeInTheDocument();
    expect(within(panel).getByText('No outgoing mail server is configured')).toBeInTheDocument();
    expect(within(panel).getByText('Not given yet')).toBeInTheDocument();
  });

  it('reloads the draft for another vendor', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: [EPIC, ORACLE] });
    const { calls } = backend(['agent'], vendors);
    renderApp('/workspace/tickets/5');
    const dialog = await openDialog(user);
    await within(dialog).findByLabelText(/^Subject/);
    await pick(
      user,
      within(dialog)
        .getAllByLabelText(/^Vendor/)
        .find((element) => element.tagName === 'INPUT')!,
      /Oracle Health/,
    );
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^Subject/)).toHaveValue(
        '[Riverside Health] INC-000005 for Oracle Health',
      ),
    );
    expect(
      calls('GET', '/api/tickets/5/vendor-case-draft').at(-1)?.searchParams.get('vendorId'),
    ).toBe('2');
    expect(within(dialog).getByText('support@oracle.example', { exact: false })).toBeVisible();
  });

  it('asks for the vendor when the application names none', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: [EPIC], draft: draft({ vendorId: 0 }) });
    // The API's 422 names the field: the dialog shows the message alone.
    backend(['agent'], vendors);
    renderApp('/workspace/tickets/5');
    const dialog = await openDialog(user);
    expect(
      await within(dialog).findByText(
        "The ticket's application names no vendor: pick the vendor to escalate to.",
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Send to vendor' })).toBeNull();
  });

  it('shows why a draft cannot be sent and keeps Send off', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({
      vendors: [EPIC],
      draft: draft({
        to: null,
        channel: null,
        problem: 'Epic Systems has no case channel yet: ask an administrator (Admin → Vendors).',
      }),
    });
    backend(['agent'], vendors);
    renderApp('/workspace/tickets/5');
    const dialog = await openDialog(user);
    expect(await within(dialog).findByText(/has no case channel yet/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Send to vendor' })).toBeDisabled();
  });

  it('shows the refusal when the vendor already has an open case', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: [EPIC] });
    backend(['agent'], vendors);
    renderApp('/workspace/tickets/5');
    const dialog = await openDialog(user);
    await within(dialog).findByLabelText(/^Subject/);
    // As the API words it: the field first in the detail, and in `errors`.
    const open =
      'The ticket already has an open case with Epic Systems: re-escalate that case instead.';
    vendors.state.refuse = problemOf(409, 'Conflict', `vendorId: ${open}`, {
      errors: [{ field: 'vendorId', message: open }],
    });
    await user.click(within(dialog).getByRole('button', { name: 'Send to vendor' }));
    expect(await within(dialog).findByText(open)).toBeInTheDocument();

    vendors.state.refuse = problemOf(409, 'Conflict', 'Stale', { currentVersion: 4 });
    await user.click(within(dialog).getByRole('button', { name: 'Send to vendor' }));
    expect(await within(dialog).findByText('Someone changed this ticket')).toBeInTheDocument();
  });
});

describe('the vendor cases panel', { timeout: 60_000 }, () => {
  it('enters the case number, closes with a note and re-escalates from the case draft', async () => {
    const user = userEvent.setup();
    const sent = vendorCase({
      delivery: 'SENT',
      deliveryError: null,
      lastSentAt: '2026-12-01T09:00:00Z',
      lastReplyAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    });
    const vendors = fakeVendors({ vendors: [EPIC], cases: [sent] });
    backend(['agent'], vendors);
    renderApp('/workspace/tickets/5');

    const panel = await screen.findByRole('region', { name: 'Vendor cases' });
    expect(within(panel).getByText(/^Sent Dec 1, 2026/)).toBeInTheDocument();
    expect(within(panel).getByText('2 days ago')).toBeInTheDocument();
    expect(within(panel).getByText(/^12 days ago by Dana Whitfield/)).toBeInTheDocument();

    await user.click(
      within(panel).getByRole('button', { name: "Enter Epic Systems's case number" }),
    );
    await user.type(within(panel).getByLabelText("Epic Systems's case number"), '0123456');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText('0123456')).toBeInTheDocument();
    expect(vendors.state.sent.at(-1)).toEqual({
      method: 'PATCH',
      path: '/api/vendor-cases/70',
      body: { caseNumber: '0123456', version: 0 },
    });

    await user.click(within(panel).getByRole('button', { name: 'Close case…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Close Epic Systems case 0123456' });
    await user.click(within(dialog).getByRole('button', { name: 'Close case' }));
    expect(within(dialog).getByText('Write a note')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Why is the case closed/), 'Fixed in 11.2');
    await user.click(within(dialog).getByRole('button', { name: 'Close case' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(vendors.state.sent.at(-1)).toEqual({
      method: 'POST',
      path: '/api/vendor-cases/70/close',
      body: { note: 'Fixed in 11.2', version: 1 },
    });
    expect(await within(panel).findByText('Fixed in 11.2')).toBeInTheDocument();
    expect(within(panel).getByText('Closed')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Re-escalate…' }));
    dialog = await screen.findByRole('dialog', { name: 'Re-escalate to Epic Systems' });
    expect(await within(dialog).findByLabelText(/^Subject/)).toHaveValue(
      'RE: Case #0123456 INC-000005',
    );
    expect(within(dialog).getByText(/opens the case again/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(vendors.state.sent.at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/vendor-cases/70/re-escalate',
      body: { subject: 'RE: Case #0123456 INC-000005', version: 2 },
    });
    expect(await within(panel).findByText('Open')).toBeInTheDocument();
  });

  it('shows the server refusing a case number another ticket has', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: [EPIC], cases: [vendorCase()] });
    backend(['agent'], vendors);
    renderApp('/workspace/tickets/5');
    const panel = await screen.findByRole('region', { name: 'Vendor cases' });
    await user.click(
      within(panel).getByRole('button', { name: "Enter Epic Systems's case number" }),
    );
    vendors.state.refuse = problemOf(
      409,
      'Conflict',
      'INC-000009 has case 0123456 with Epic Systems.',
    );
    await user.type(within(panel).getByLabelText("Epic Systems's case number"), '0123456');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(
      await within(panel).findByText('INC-000009 has case 0123456 with Epic Systems.'),
    ).toBeInTheDocument();
  });

  it('lets administrators read the cases without acting on them', async () => {
    const vendors = fakeVendors({ vendors: [EPIC], cases: [vendorCase()] });
    backend(['admin'], vendors);
    renderApp('/workspace/tickets/5');
    const panel = await screen.findByRole('region', { name: 'Vendor cases' });
    expect(within(panel).getByText('Waiting to send')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Close case…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Escalate to vendor…' })).toBeNull();
  });

  it('shows partners nothing of vendor cases', async () => {
    const vendors = fakeVendors({ vendors: [EPIC], cases: [vendorCase()] });
    const { calls } = fakeBackend(['partner-agent'], {
      ...vendors.handlers,
      'GET /api/tickets/5': () => json(ticketView(5)),
      'GET /api/tickets/5/comments': () => json([]),
      'GET /api/tickets/5/audit': () => json([]),
      'GET /api/tickets/5/attachments': () => json([]),
      'GET /api/tickets/5/links': () => json([]),
      'GET /api/tickets/5/sla': () => problemOf(404, 'Not Found', 'No SLA'),
      'GET /api/tickets/5/sync': () => json([]),
      'GET /api/tickets/5/watchers': () => problemOf(404, 'Not Found', 'none'),
      'GET /api/tickets/5/canned-replies': () => problemOf(404, 'Not Found', 'none'),
      'GET /api/staff/me': () => problemOf(404, 'Not Found', 'none'),
      'GET /api/support-groups': () => json([]),
    });
    renderApp('/partner/tickets/5');
    await screen.findByRole('toolbar', { name: 'Actions' });
    expect(screen.queryByRole('button', { name: 'Escalate to vendor…' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Vendor cases' })).toBeNull();
    expect(calls('GET', '/api/tickets/5/vendor-cases')).toEqual([]);
  });
});
