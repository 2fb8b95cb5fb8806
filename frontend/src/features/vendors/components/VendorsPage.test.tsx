import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend, fieldProblem } from '@/testing/fake-backend';
import { connector } from '@/testing/fake-integrations';
import { json } from '@/testing/fetch-mock';
import { fakeVendors, problemOf, vendor } from '@/testing/fake-vendors';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';

const PAGE = '/admin/vendors';
const EPIC = vendor();
const ORACLE = vendor({
  id: 2,
  name: 'Oracle Health',
  channel: 'CONNECTOR',
  caseEmail: null,
  connectorId: 4,
  contacts: [],
  applications: [
    { id: 12, name: 'PowerChart' },
    { id: 13, name: 'Millennium Lab' },
  ],
  openCases: 0,
  businessAssociate: true,
});
const IMPRIVATA = vendor({
  id: 3,
  name: 'Imprivata',
  channel: null,
  caseEmail: null,
  applications: [],
  openCases: 0,
});

function backend(roles: string[], vendors: ReturnType<typeof fakeVendors>) {
  return fakeBackend(roles, {
    ...vendors.handlers,
    'GET /api/integrations/connectors': (url) =>
      json({
        items: [connector({ id: 4, name: 'Oracle ServiceNow' })],
        page: 0,
        size: Number(url.searchParams.get('size')),
        total: 1,
      }),
  });
}

describe('Admin → Vendors', { timeout: 60_000 }, () => {
  it('lists each vendor with where its cases go, its applications and open cases', async () => {
    backend(['admin'], fakeVendors({ vendors: [EPIC, ORACLE, IMPRIVATA] }));
    renderApp(PAGE);

    const epic = (await screen.findByRole('button', { name: 'Change Epic Systems' })).closest(
      'tr',
    )!;
    expect(within(epic).getByText('E-mail to support@epic.example')).toBeInTheDocument();
    expect(within(epic).getByText('Epic Hyperspace')).toBeInTheDocument();
    expect(within(epic).getByText('2')).toBeInTheDocument();
    const oracle = screen.getByRole('button', { name: 'Change Oracle Health' }).closest('tr')!;
    expect(await within(oracle).findByText('Partner desk: Oracle ServiceNow')).toBeInTheDocument();
    expect(within(oracle).getByText('PowerChart, Millennium Lab')).toBeInTheDocument();
    expect(within(oracle).getByText('Business associate agreement in force')).toBeInTheDocument();
    const imprivata = screen.getByRole('button', { name: 'Change Imprivata' }).closest('tr')!;
    expect(within(imprivata).getByText('Not set up')).toBeInTheDocument();
    expect(within(imprivata).getByText('None yet')).toBeInTheDocument();
    expect(screen.getByText('3 vendors')).toBeInTheDocument();
  });

  it('searches by name', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: [EPIC, ORACLE] });
    const { calls } = backend(['admin'], vendors);
    renderApp(PAGE);
    await screen.findByRole('button', { name: 'Change Epic Systems' });
    await user.type(screen.getByLabelText('Search'), 'oracle');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Change Epic Systems' })).not.toBeInTheDocument(),
    );
    expect(calls('GET', '/api/vendors').at(-1)?.searchParams.get('q')).toBe('oracle');
  });

  it('starts empty, adds a vendor by name and opens it to set it up', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors();
    backend(['admin'], vendors);
    renderApp(PAGE);

    expect(await screen.findByText('No vendor listed yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add vendor' });
    await user.click(within(dialog).getByRole('button', { name: 'Add vendor' }));
    expect(within(dialog).getByText('Enter the vendor’s name')).toBeInTheDocument();
    expect(vendors.state.sent).toHaveLength(0);

    // The hospital lists it already: the server's words.
    vendors.state.refuse = problemOf(409, 'Conflict', 'Riverside Health lists Epic Systems.');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Epic Systems');
    await user.click(within(dialog).getByRole('button', { name: 'Add vendor' }));
    expect(await within(dialog).findByText('Riverside Health lists Epic Systems.')).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Add vendor' }));
    const drawer = await screen.findByRole('dialog', { name: 'Epic Systems' });
    expect(vendors.state.sent.at(-1)).toEqual({
      method: 'POST',
      path: '/api/vendors',
      body: { name: 'Epic Systems' },
    });
    expect(
      within(drawer).getByText(/Not set up yet: agents cannot escalate to this vendor/),
    ).toBeInTheDocument();
  });

  it('changes the channel, pattern, templates and contacts, sending the version read', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: [EPIC] });
    backend(['admin'], vendors);
    renderApp(PAGE);

    await user.click(await screen.findByRole('button', { name: 'Change Epic Systems' }));
    const drawer = await screen.findByRole('dialog', { name: 'Epic Systems' });
    expect(within(drawer).getByTestId('placeholders')).toHaveTextContent('{{caseNumber}}');

    // The pattern's preview, on a sample subject.
    await user.click(within(drawer).getByLabelText('Try it on a sample subject'));
    await user.paste('RE: Case #0123456 [Medley INC-000042]');
    expect(within(drawer).getByTestId('pattern-preview')).toHaveTextContent(
      'Finds case number 0123456',
    );
    const pattern = within(drawer).getByLabelText('Case-number pattern');
    await user.clear(pattern);
    await user.type(pattern, 'SR-(\\d+');
    expect(within(drawer).getByTestId('pattern-preview')).toHaveTextContent(
      'Not a regular expression',
    );
    await user.clear(pattern);
    await user.type(pattern, 'Case #(\\d+)');

    await user.click(within(drawer).getByRole('radio', { name: /their service desk/i }));
    await user.click(within(drawer).getByRole('radio', { name: /E-mail to their support/ }));
    const email = within(drawer).getByLabelText(/^Case e-mail/);
    await user.clear(email);
    await user.type(email, 'cases@epic.example');

    await user.click(within(drawer).getByRole('button', { name: /Remove contact 1/ }));
    await user.click(within(drawer).getByRole('button', { name: 'Add contact' }));
    await user.type(within(drawer).getByLabelText('Contact 1: name'), 'Ann Lee');
    await user.type(within(drawer).getByLabelText('Contact 1: phone'), '555 0101');
    await user.click(within(drawer).getByRole('button', { name: 'Save vendor' }));

    await waitFor(() => expect(vendors.state.sent).toHaveLength(1));
    expect(vendors.state.sent[0]).toEqual({
      method: 'PUT',
      path: '/api/vendors/1',
      body: {
        channel: 'EMAIL',
        caseEmail: 'cases@epic.example',
        connectorId: null,
        casePattern: 'Case #(\\d+)',
        subjectTemplate: EPIC.subjectTemplate,
        bodyTemplate: EPIC.bodyTemplate,
        contacts: [{ name: 'Ann Lee', email: null, phone: '555 0101', role: null }],
        version: 3,
      },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('picks the connector of a desk channel', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: [IMPRIVATA] });
    backend(['admin'], vendors);
    renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Change Imprivata' }));
    const drawer = await screen.findByRole('dialog', { name: 'Imprivata' });
    await user.click(within(drawer).getByRole('radio', { name: /their service desk/i }));
    await user.click(within(drawer).getByRole('button', { name: 'Save vendor' }));
    expect(await within(drawer).findByText('Choose the vendor’s desk')).toBeInTheDocument();
    expect(vendors.state.sent).toHaveLength(0);

    const input = within(drawer)
      .getAllByLabelText(/^Connector/)
      .find((element) => element.tagName === 'INPUT')!;
    await pick(user, input, /Oracle ServiceNow/);
    await user.click(within(drawer).getByRole('button', { name: 'Save vendor' }));
    await waitFor(() => expect(vendors.state.sent).toHaveLength(1));
    expect(vendors.state.sent[0]?.body).toMatchObject({
      channel: 'CONNECTOR',
      caseEmail: null,
      connectorId: 4,
    });
  });

  it('shows the fields the server refuses, and a stale version', async () => {
    const user = userEvent.setup();
    const vendors = fakeVendors({ vendors: [EPIC] });
    backend(['admin'], vendors);
    renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Change Epic Systems' }));
    const drawer = await screen.findByRole('dialog', { name: 'Epic Systems' });

    vendors.state.refuse = fieldProblem([
      { field: 'caseEmail', message: 'must be a well-formed e-mail address' },
      { field: 'casePattern', message: 'is not a regular expression' },
      { field: 'contacts[0].email', message: 'must be a well-formed e-mail address' },
    ]);
    await user.click(within(drawer).getByRole('button', { name: 'Save vendor' }));
    expect(
      await within(drawer).findByText('is not a regular expression', { exact: false }),
    ).toBeInTheDocument();
    expect(within(drawer).getAllByText('must be a well-formed e-mail address')).toHaveLength(2);

    vendors.state.refuse = problemOf(409, 'Conflict', 'Stale version', { currentVersion: 4 });
    await user.click(within(drawer).getByRole('button', { name: 'Save vendor' }));
    expect(await within(drawer).findByText('Someone changed this vendor')).toBeInTheDocument();
  });

  it('lets agents read the directory, not change it', async () => {
    const user = userEvent.setup();
    const { calls } = backend(['agent'], fakeVendors({ vendors: [EPIC] }));
    renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Show Epic Systems' }));
    const drawer = await screen.findByRole('dialog', { name: 'Epic Systems' });
    expect(within(drawer).getByText(/Only administrators change/)).toBeInTheDocument();
    expect(within(drawer).getByLabelText('Contact 1: phone')).toHaveValue('+1 608 555 0100');
    expect(within(drawer).getByLabelText('Contact 1: phone')).toBeDisabled();
    expect(within(drawer).queryByRole('button', { name: 'Save vendor' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add vendor' })).not.toBeInTheDocument();
    // Agents do not read the connectors (administrators only).
    expect(calls('GET', '/api/integrations/connectors')).toEqual([]);
  });
});
