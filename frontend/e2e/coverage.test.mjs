// The IT leader's coverage journey in Debian's Chromium, driven by playwright-core:
// the matrix, a drill-down, importing a CSV of applications, finding the new gap and turning it
// into a staffing request that the marketplace lists.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/coverage.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, checkScreen, launch, signIn } from './helpers.mjs';

let browser;
let context;

before(async () => {
  // The imports take their time.
  browser = await launch({ timeout: 20_000 });
  context = browser.context;
});

after(async () => {
  await browser?.close();
});

const signInAsLeader = (page) => signIn(page, 'leader');

test('an IT leader lands on the coverage matrix and drills into an application', async () => {
  const page = await context.newPage();
  try {
    await signInAsLeader(page);
    await page.waitForURL(/\/coverage/);
    await page.getByRole('heading', { name: 'Coverage', level: 1 }).waitFor();
    const grid = page.getByRole('grid', { name: /Coverage matrix/ });
    await grid.waitFor();
    await checkScreen(page, 'coverage-matrix');

    // Worst first: the first row is a gap.
    const firstRow = grid.getByRole('rowheader').first();
    assert.match(await firstRow.innerText(), /Gap/);

    // A 24x7 application whose experts work days: its nights are uncovered.
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'At risk' }).click();
    await grid.getByRole('rowheader', { name: /Epic ClinDoc/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('The support window, hour by hour').waitFor();
    await drawer.getByText(/Uncovered:/).waitFor();
    await checkScreen(page, 'coverage-application');
    await drawer.getByRole('row').nth(1).click();
    await page.getByRole('dialog').getByText('Load against capacity, week by week').waitFor();
    await checkScreen(page, 'coverage-person');
  } finally {
    await page.close();
  }
});

test('a leader imports a CSV, sees the new gap and creates a staffing request from it', async () => {
  const page = await context.newPage();
  try {
    await signInAsLeader(page);
    await page.goto(new URL('/coverage?tab=data', baseUrl).href);
    const name = `Bedside Glucose Meters ${Date.now()}`;
    const csv = [
      'name,vendor,category,criticality,lifecycle,calendar',
      `${name},Abbott,LABORATORY,1,GO_LIVE,24x7`,
    ].join('\n');

    // A file with a bad row is refused whole, with the line and column.
    const section = page.getByRole('region', { name: 'Applications' });
    await section.locator('input[type=file]').setInputFiles({
      name: 'applications.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${csv}\nSecond ${name},Abbott,LABORATORY,9,LIVE,24x7\n`),
    });
    await section.getByText('Nothing was imported', { exact: true }).waitFor();
    await section
      .getByRole('table', { name: 'Problems by row' })
      .getByText('criticality')
      .waitFor();
    await checkScreen(page, 'coverage-import-refused');

    await section.locator('input[type=file]').setInputFiles({
      name: 'applications.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${csv}\n`),
    });
    await section.getByText('1 rows: 1 added, 0 updated.').waitFor();
    await checkScreen(page, 'coverage-import');

    await page.getByRole('tab', { name: /Gaps and risks/ }).click();
    await page.getByText('Gaps only').click();
    const gap = page.getByRole('article', { name });
    await gap.waitFor();
    await gap.getByText('Nobody is at level 3 or above.').waitFor();
    await gap.getByText(/A request would ask for/).waitFor();
    await gap.scrollIntoViewIfNeeded();
    await checkScreen(page, 'coverage-gaps');

    // The request starts from the gap: its application, level 3, around the clock.
    await gap.getByRole('button', { name: 'Create staffing request' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create staffing request' });
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel('Support window').inputValue(), '24x7');
    assert.equal(await dialog.getByLabel('Minimum skill level').inputValue(), '3');
    // A go-live surge needs an end date: the server's refusal shows beside the field.
    await dialog.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Go-live surge' }).click();
    await dialog.getByRole('button', { name: 'Create request' }).click();
    await dialog.getByText('a go-live-surge request needs an end date').waitFor();
    await checkScreen(page, 'staffing-request-refused');
    const end = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel(/^End/).fill(end);
    await dialog.getByLabel('Notes for partners').fill('On site for the go-live weekend.');
    await dialog.getByRole('button', { name: 'Create request' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await gap.getByText('Staffing request open:').waitFor();

    // The marketplace lists it, newest first, with who asked and why.
    await gap.getByRole('link', { name: new RegExp(name) }).click();
    await page.waitForURL(/\/marketplace/);
    await page.getByRole('heading', { name: 'Staffing requests', level: 1 }).waitFor();
    const row = page
      .getByRole('table', { name: 'Staffing requests' })
      .getByRole('row')
      .filter({ hasText: name });
    await row.getByText('Go-live surge').waitFor();
    await checkScreen(page, 'staffing-requests');
    await row.getByRole('button', { name: new RegExp(name) }).click();
    const detail = page.getByRole('dialog');
    await detail.getByText('Created by Maria Chen').waitFor();
    await detail.getByText('Nobody is at level 3 or above.').waitFor();
    await checkScreen(page, 'staffing-request');
  } finally {
    await page.close();
  }
});
