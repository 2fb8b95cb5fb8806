// The IT leader's coverage journey in Debian's Chromium, driven by playwright-core:
// the matrix, a drill-down, importing a CSV of applications and finding the new gap.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/coverage.test.mjs
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { baseUrl, launch, screenshots, signIn } from './helpers.mjs';

let browser;
let context;

before(async () => {
  // The heatmap wants a wide screen; the imports take their time.
  browser = await launch({ viewport: { width: 1440, height: 900 }, timeout: 20_000 });
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
    await page.screenshot({ path: join(screenshots, 'coverage-matrix.png') });

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
    await page.screenshot({ path: join(screenshots, 'coverage-application.png') });
    await drawer.getByRole('row').nth(1).click();
    await page.getByRole('dialog').getByText('Load against capacity, week by week').waitFor();
    await page.screenshot({ path: join(screenshots, 'coverage-person.png') });
  } finally {
    await page.close();
  }
});

test('a leader imports a CSV of applications and sees the new gap', async () => {
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
    await page.screenshot({ path: join(screenshots, 'coverage-import-refused.png') });

    await section.locator('input[type=file]').setInputFiles({
      name: 'applications.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${csv}\n`),
    });
    await section.getByText('1 rows: 1 added, 0 updated.').waitFor();
    await page.screenshot({ path: join(screenshots, 'coverage-import.png') });

    await page.getByRole('tab', { name: /Gaps and risks/ }).click();
    await page.getByText('Gaps only').click();
    const gap = page.getByRole('article', { name });
    await gap.waitFor();
    await gap.getByText('Nobody is at level 3 or above.').waitFor();
    const action = gap.getByRole('button', { name: 'Create staffing request' });
    assert.equal(await action.isDisabled(), true, 'the marketplace does not exist yet');
    await gap.getByText(/A request would ask for/).waitFor();
    await gap.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'coverage-gaps.png') });
  } finally {
    await page.close();
  }
});
