// The compliance officer's journey in Debian's Chromium, driven by playwright-core: from
// Administration to the PHI access log, filtered to a partner's reads and exported as CSV, and
// the business associate agreements that decide which partners see PHI.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/compliance.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { apiGet, apiToken, baseUrl, checkScreen, launch, signIn } from './helpers.mjs';

let browser;
let context;

before(async () => {
  browser = await launch({ timeout: 20_000 });
  context = browser.context;
});

after(async () => {
  await browser?.close();
});

test('an administrator filters the PHI access log to a partner and exports it', async () => {
  // A partner agent opens a PHI-flagged ticket its company holds: that read is what we look for.
  const partnerToken = await apiToken(context.request, 'partner');
  const tickets = await apiGet(context.request, partnerToken, '/api/tickets?size=50');
  assert.equal(tickets.status, 200);
  const phiTicket = tickets.body.items.find((ticket) => ticket.phi);
  assert.ok(phiTicket, 'the demo data gives the partner a PHI-flagged ticket');
  assert.equal(
    (await apiGet(context.request, partnerToken, `/api/tickets/${phiTicket.id}`)).status,
    200,
  );

  const page = await context.newPage();
  try {
    await signIn(page, 'admin');
    await page.goto(new URL('/admin', baseUrl).href);
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'PHI compliance' })
      .click();
    await page.waitForURL(/\/admin\/compliance/);
    await page.getByRole('heading', { name: 'PHI compliance', level: 1 }).waitFor();
    await page.getByText('Append-only record').waitFor();
    await page.getByRole('table', { name: /PHI reads/ }).waitFor();

    await page.getByLabel(/^User/).fill('partner');
    await page.getByLabel(/^Ticket/).fill(phiTicket.number);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/user=partner/);
    const table = page.getByRole('table', { name: /PHI reads/ });
    const row = table.getByRole('row').nth(1);
    await row.getByRole('link', { name: phiTicket.number }).waitFor();
    await row.getByText('Partner', { exact: true }).waitFor();
    await row.getByText('Partner portal').waitFor();
    await checkScreen(page, 'compliance-phi-log-filtered');

    // The filters travel with the address: a reload shows the same view.
    await page.reload();
    await page
      .getByRole('table', { name: /PHI reads/ })
      .getByRole('link', { name: phiTicket.number })
      .first()
      .waitFor();
    assert.equal(await page.getByLabel(/^User/).inputValue(), 'partner');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    await page.getByText(/Downloaded \d+ rows?/).waitFor();
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    assert.match(lines[0], /^at,username/);
    assert.ok(lines.length >= 2, 'the export holds the partner read');
    assert.ok(
      lines.slice(1).every((line) => line.includes(',partner,')),
      csv,
    );
    assert.ok(
      lines.slice(1).every((line) => line.includes(phiTicket.number)),
      csv,
    );
  } finally {
    await page.close();
  }
});

test('an administrator sees which partners may see PHI', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'admin');
    await page.goto(new URL('/admin/compliance?view=agreements', baseUrl).href);
    const northwind = page.getByRole('region', { name: 'Northwind Managed Services' });
    await northwind.getByText(/BAA in force/).waitFor();
    await page.getByText(/minimum-necessary filter/).waitFor();
    await checkScreen(page, 'compliance-agreements');

    // The form checks dates before asking, and nothing is recorded on cancel.
    await page.getByRole('button', { name: 'Record agreement', exact: true }).click();
    const form = page.getByRole('form', { name: 'Record a business associate agreement' });
    await form.getByLabel(/^Agreement reference/).fill('BAA-E2E');
    await form.getByLabel(/^In force from/).fill('2026-12-01');
    await form.getByLabel(/^In force until/).fill('2026-11-01');
    await form.getByRole('button', { name: 'Record agreement' }).click();
    await form.getByText('Choose the partner the agreement is with.').waitFor();
    await form.getByText('The last day cannot be before the first day.').waitFor();
    await checkScreen(page, 'compliance-record-agreement');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
  } finally {
    await page.close();
  }
});
