// The executive's insights in Debian's Chromium: the home's numbers for this month against last,
// SLA performance filtered to one partner, the tickets behind its breaches, one breached ticket's
// time by status and holder, the ticket itself (read only, masked), a CSV export (its header line checked) and the monthly operations
// review as a PDF (its first bytes checked).
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/insights.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { checkScreen, launch, signIn } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch({ timeout: 20_000 });
});

after(async () => {
  await browser?.close();
});

test('an executive reads the insights, drills into a partner’s breaches and exports', async () => {
  const page = await browser.context.newPage();
  try {
    await signIn(page, 'exec');
    await page.waitForURL(/\/insights$/);
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    // The home's numbers, each with its trend against last month and a link to its page.
    const overall = page.getByRole('article', { name: 'All SLA targets met' });
    await overall.getByText(/ %$|^—$/).waitFor();
    await overall.getByText(/last month/).waitFor();
    await page.getByRole('article', { name: 'SLA breaches' }).waitFor();
    await page.getByRole('article', { name: 'Backlog (open now)' }).waitFor();
    await page.getByRole('article', { name: 'Tickets opened' }).waitFor();
    await page.getByRole('article', { name: 'Applications at risk or with a gap' }).waitFor();
    await page.getByRole('article', { name: 'Applications on one expert' }).waitFor();
    await checkScreen(page, 'insights-home');

    // The monthly operations review: a PDF the server renders.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Monthly operations review \(PDF\)/ }).click(),
    ]);
    assert.match(pdf.suggestedFilename(), /^operations-review-\d{4}-\d{2}\.pdf$/);
    const bytes = await readFile(await pdf.path());
    assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');

    await page
      .getByRole('navigation', { name: 'Insight pages' })
      .getByRole('link', { name: 'SLA performance' })
      .click();
    await page.waitForURL(/\/insights\/sla/);
    const compliance = page.getByRole('table', { name: /Targets met and breached by/ });
    await compliance.getByRole('row').nth(1).waitFor();
    await checkScreen(page, 'insights-sla');

    // One partner: Northwind. The filter goes into the URL, so the view can be shared.
    await page.getByRole('combobox', { name: 'Provider' }).click();
    await page.getByRole('option', { name: /Northwind/ }).click();
    await page.waitForURL(/[?&]provider=\d+/);
    const provider = new URL(page.url()).searchParams.get('provider');
    const northwind = compliance.getByRole('row').filter({ hasText: /Northwind/ });
    await northwind.waitFor();
    // The figures follow the filter: the hospital's own staff drop out of the comparison.
    await compliance
      .getByRole('row')
      .filter({ hasText: /Internal staff/ })
      .waitFor({ state: 'detached' });

    // Its breaches: the tickets behind the figure, in a drawer, exported as CSV.
    await northwind.getByRole('button', { name: /breached: tickets of Northwind/ }).click();
    const drawer = page.getByRole('dialog', { name: /Northwind.*: targets breached/ });
    const tickets = drawer.getByRole('table', { name: /targets breached/ });
    await tickets.getByRole('row').nth(1).waitFor();
    await checkScreen(page, 'insights-sla-breached-tickets', { fullPage: false });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      drawer.getByRole('button', { name: /Export CSV/ }).click(),
    ]);
    const lines = (await readFile(await csv.path(), 'utf8')).trim().split(/\r?\n/);
    assert.equal(
      lines[0],
      'ticket,title,kind,target,priority,tier,group,provider,finished_at,outcome',
    );
    assert.ok(lines.length >= 2, 'the export holds the breached tickets');
    assert.ok(lines.slice(1).every((line) => line.endsWith(',BREACHED')));
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // A breached ticket: where its time went before the deadline.
    const breaches = page.getByRole('table', { name: /^Breaches.*latest first/ });
    await breaches.getByRole('row').nth(1).waitFor();
    const number = (
      await breaches.getByRole('row').nth(1).getByRole('button').first().innerText()
    ).trim();
    await breaches.getByRole('row').nth(1).getByRole('button').first().click();
    const ticket = page.getByRole('dialog', { name: `Ticket ${number}` });
    await ticket.getByRole('table', { name: 'Time by status' }).waitFor();
    await ticket
      .getByRole('table', { name: 'Time by holder' })
      .getByText(/Northwind/)
      .first()
      .waitFor();
    await checkScreen(page, 'insights-breach', { fullPage: false });

    // The ticket itself, read only: patient details masked, no reply box, back to the figure.
    const figure = page.url();
    await ticket.getByRole('link', { name: 'Open the ticket' }).click();
    await page.waitForURL(/\/insights\/tickets\/\d+$/);
    await page.getByText(number, { exact: true }).first().waitFor();
    await page.getByRole('alert').filter({ hasText: 'Patient details are masked' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: /reply|note/i }).count(), 0);
    await checkScreen(page, 'insights-ticket', { fullPage: false });
    await page.getByRole('link', { name: 'Back to the figures' }).click();
    await page.waitForURL(figure);
    await breaches.getByRole('row').nth(1).waitFor();

    // The breaches export keeps the partner filter.
    const [breachCsv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV: breaches' }).click(),
    ]);
    const breachLines = (await readFile(await breachCsv.path(), 'utf8')).trim().split(/\r?\n/);
    assert.match(
      breachLines[0],
      /^ticket,title,kind,target,priority,tier,group,provider,breached_at,cause/,
    );
    assert.ok(provider);

    await page
      .getByRole('navigation', { name: 'Insight pages' })
      .getByRole('link', { name: 'Operations' })
      .click();
    await page.getByRole('img', { name: /Expected tickets per hour of the week/ }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('provider'), provider);
    await checkScreen(page, 'insights-operations');

    await page
      .getByRole('navigation', { name: 'Insight pages' })
      .getByRole('link', { name: 'Coverage risk' })
      .click();
    await page.getByRole('table', { name: /Applications worth attention/ }).waitFor();
    const [matrix] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV: the coverage matrix' }).click(),
    ]);
    assert.equal(matrix.suggestedFilename(), 'coverage-matrix.csv');
    await checkScreen(page, 'insights-coverage');
  } finally {
    await page.close();
  }
});
