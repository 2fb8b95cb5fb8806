// Capital planning and survey records in Debian's Chromium (issue #24): a leader reads the ranked
// replacement plan of one site, then downloads the site's audit record as a PDF.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/replacement.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkScreen, launch, screenshots, signIn } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch({ viewport: { width: 1366, height: 900 } });
});

after(async () => {
  await browser?.close();
});

test('a leader ranks a site for replacement and downloads its audit record', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'leader');
  await page.getByRole('link', { name: /Devices/ }).click();
  await page.getByRole('link', { name: 'Replacement plan' }).click();
  await page.getByRole('heading', { name: 'Replacement plan' }).waitFor();
  const plan = page.getByRole('table', { name: 'Replacement plan' });
  await plan.getByRole('row').nth(1).waitFor();
  await page.getByRole('combobox', { name: 'Site' }).click();
  await page.getByRole('option', { name: 'Riverside Main Campus' }).click();
  await page.getByText(/^[\d,]+ devices$/).waitFor();
  const first = plan.getByRole('row').nth(1);
  assert.equal(await first.getByRole('cell').first().innerText(), '1');
  await checkScreen(page, 'replacement-plan');

  await page.getByRole('link', { name: 'Audit export' }).click();
  await page.getByRole('heading', { name: 'Audit export' }).waitFor();
  await page.getByRole('combobox', { name: 'Site' }).click();
  await page.getByRole('option', { name: 'Riverside Main Campus' }).click();
  await checkScreen(page, 'audit-export');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const file = join(screenshots, 'audit-record.pdf');
  await download.saveAs(file);
  const pdf = await readFile(file);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
});
