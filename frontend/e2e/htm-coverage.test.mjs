// HTM skills in the coverage matrix, in Debian's Chromium at a 1366-wide desktop: the IT leader
// filters the matrix to clinical devices and finds the ventilators' biomed gap, with the expired
// certification that causes it on the cell.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/htm-coverage.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkScreen, launch, signIn } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch({ viewport: { width: 1366, height: 900 } });
});

after(async () => {
  await browser?.close();
});

test('a leader sees biomed gaps and expired certifications among clinical devices', async () => {
  const page = await browser.context.newPage();
  try {
    await signIn(page, 'leader');
    await page.waitForURL(/\/coverage/);
    const grid = page.getByRole('grid', { name: /Coverage matrix/ });
    await grid.waitFor();
    await page.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Clinical devices' }).click();
    const ventilator = grid.getByRole('rowheader', { name: /Ventilator/ });
    assert.match(await ventilator.innerText(), /Gap/);
    const expired = grid.locator('[role="gridcell"][data-certification="EXPIRED"]').first();
    assert.match(await expired.getAttribute('title'), /expired on .*counts as level 0/);
    await checkScreen(page, 'coverage-clinical-devices');
  } finally {
    await page.close();
  }
});
