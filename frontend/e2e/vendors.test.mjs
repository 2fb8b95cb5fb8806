// EHR vendor escalation (issue #20): an agent escalates a ticket to its application's vendor and
// finds the case on the vendor cases page; an admin opens the vendor directory.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/vendors.test.mjs
//
// The demo has no outgoing mail, so the case mail waits to be sent.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiToken, baseUrl, checkScreen, launch, signIn } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

const OPEN = 'NEW,ASSIGNED,IN_PROGRESS';

/**
 * An open incident the agent works whose application names Epic Systems, which has its e-mail
 * channel in the demo, and that has no open Epic case yet (so the journey can run again).
 */
async function epicTicket(request, token) {
  const vendors = await apiGet(request, token, '/api/vendors?q=Epic&size=20');
  assert.equal(vendors.status, 200, 'GET /api/vendors as agent');
  const epic = vendors.body.items.find((v) => v.name === 'Epic Systems');
  assert.ok(epic, 'the demo lists Epic Systems as a vendor');
  assert.equal(epic.channel, 'EMAIL', 'the demo sets up Epic Systems with an e-mail channel');
  const candidates = [];
  for (const application of epic.applications) {
    const list = await apiGet(
      request,
      token,
      `/api/tickets?queue=ALL&status=${OPEN}&applicationId=${application.id}&size=50`,
    );
    assert.equal(list.status, 200, `GET /api/tickets?applicationId=${application.id}`);
    candidates.push(...list.body.items.filter((t) => t.type === 'INCIDENT' && t.tier !== 'VENDOR'));
  }
  // One with patient details first: the dialog then shows what the PHI filter removed.
  candidates.sort((a, b) => Number(b.phi) - Number(a.phi));
  for (const summary of candidates) {
    const ticket = await apiGet(request, token, `/api/tickets/${summary.id}`);
    if (!ticket.body?.permissions.work) continue;
    const cases = await apiGet(request, token, `/api/tickets/${summary.id}/vendor-cases`);
    assert.equal(cases.status, 200, `GET /api/tickets/${summary.id}/vendor-cases`);
    if (cases.body.items.some((c) => c.vendorId === epic.id && c.status === 'OPEN')) continue;
    return { epic, ticket: ticket.body };
  }
  assert.fail('the demo has no open incident on an Epic application without an open Epic case');
}

test('an agent escalates a ticket to Epic and finds the case on the vendor cases page', async () => {
  const page = await browser.context.newPage();
  const token = await apiToken(page.request, 'agent');
  const { ticket } = await epicTicket(page.request, token);

  await signIn(page, 'agent');
  await page.goto(new URL(`/workspace/tickets/${ticket.id}`, baseUrl).href);
  const toolbar = page.getByRole('toolbar', { name: 'Actions' });
  await toolbar.getByRole('button', { name: 'Escalate to vendor…' }).click();

  const dialog = page.getByRole('dialog', { name: `Escalate ${ticket.number} to a vendor` });
  const subject = dialog.getByLabel('Subject', { exact: false });
  await subject.waitFor();
  await dialog.getByText('support@epic.example', { exact: false }).waitFor();
  const edited = `${ticket.number}: ${ticket.applicationName} needs your help (service desk escalation)`;
  await subject.fill(edited);
  await checkScreen(page, 'vendor-escalate-dialog');
  await dialog.getByRole('button', { name: 'Send to vendor' }).click();
  await dialog.waitFor({ state: 'detached' });

  const panel = page.getByRole('region', { name: 'Vendor cases' });
  await panel.getByText('Epic Systems').first().waitFor();
  await panel.getByText('Waiting to send').first().waitFor();
  await checkScreen(page, 'vendor-ticket-cases');

  const cases = await apiGet(page.request, token, `/api/tickets/${ticket.id}/vendor-cases`);
  const opened = cases.body.items.find((c) => c.status === 'OPEN');
  assert.ok(opened, 'the ticket has an open vendor case');
  const escalated = await apiGet(page.request, token, `/api/tickets/${ticket.id}`);
  assert.equal(escalated.body.tier, 'VENDOR');
  assert.equal(escalated.body.status, 'PENDING');
  assert.equal(escalated.body.pendingReason, 'VENDOR');

  await page.goto(new URL('/workspace', baseUrl).href);
  await page.getByRole('link', { name: 'Vendor cases' }).first().click();
  await page.getByRole('heading', { name: 'Vendor cases', level: 1 }).waitFor();
  const strip = page.getByRole('list', { name: 'Open cases by vendor' });
  await strip.getByRole('button', { name: /^Epic Systems\s*\d+ open/ }).click();
  const row = page.getByRole('row').filter({ hasText: ticket.number });
  await row.getByRole('link', { name: ticket.number }).waitFor();
  assert.ok(await row.getByText('Epic Systems').isVisible());
  await checkScreen(page, 'vendor-cases-page');

  // Back on the ticket: the case's own dialogs (left without sending, so the journey can rerun).
  await row.getByRole('link', { name: ticket.number }).click();
  const card = page.getByRole('region', { name: 'Vendor cases' });
  await card.getByRole('button', { name: 'Re-escalate…' }).first().click();
  const again = page.getByRole('dialog', { name: 'Re-escalate to Epic Systems' });
  await again.getByLabel('Subject', { exact: false }).waitFor();
  await checkScreen(page, 'vendor-re-escalate-dialog');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await again.waitFor({ state: 'detached' });
  await card.getByRole('button', { name: 'Close case…' }).first().click();
  const closing = page.getByRole('dialog', { name: /^Close / });
  await closing.getByLabel('Why is the case closed?', { exact: false }).waitFor();
  await checkScreen(page, 'vendor-close-case-dialog');
  await closing.getByRole('button', { name: 'Cancel' }).click();
  await closing.waitFor({ state: 'detached' });

  // The IT leader has no workspace, yet reaches the list for the weekly vendor call.
  // Sign-in lives in the tab's session storage: a new tab signs in on its own.
  const leaderPage = await browser.context.newPage();
  await signIn(leaderPage, 'leader');
  await leaderPage
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Vendor cases' })
    .click();
  await leaderPage
    .getByRole('row')
    .filter({ hasText: ticket.number })
    .getByText(ticket.number, { exact: true })
    .waitFor();
  await checkScreen(leaderPage, 'vendor-cases-page-leader');
});

test('an admin opens Admin → Vendors and the Epic drawer', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'admin');
  await page.goto(new URL('/admin/vendors', baseUrl).href);
  await page.getByRole('region', { name: 'Vendors' }).waitFor();
  await page.getByRole('button', { name: 'Change Epic Systems' }).waitFor();
  await checkScreen(page, 'vendors-list');

  await page.getByRole('button', { name: 'Change Epic Systems' }).click();
  const drawer = page.getByRole('dialog', { name: 'Epic Systems' });
  await drawer.getByLabel('Case e-mail', { exact: false }).waitFor();
  assert.equal(
    await drawer.getByLabel('Case e-mail', { exact: false }).inputValue(),
    'support@epic.example',
  );
  await drawer
    .getByLabel('Try it on a sample subject')
    .fill('RE: SLG-0123456 Printing fails [Medley INC-000042]');
  await checkScreen(page, 'vendors-epic-drawer');
  await drawer.getByRole('button', { name: 'Cancel' }).click();
  await drawer.waitFor({ state: 'detached' });

  // An application names its vendor from the directory.
  const token = await apiToken(page.request, 'admin');
  const vendors = await apiGet(page.request, token, '/api/vendors?q=Epic');
  const app = vendors.body.items.find((v) => v.name === 'Epic Systems').applications[0];
  await page.goto(new URL('/coverage?tab=catalog', baseUrl).href);
  await page.getByRole('textbox', { name: 'Search applications' }).fill(app.name);
  await page.getByRole('button', { name: app.name, exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Change application' });
  const select = form.getByLabel('Vendor', { exact: true }).first();
  await select.waitFor();
  assert.equal(await select.inputValue(), 'Epic Systems');
  await checkScreen(page, 'application-vendor');
});
