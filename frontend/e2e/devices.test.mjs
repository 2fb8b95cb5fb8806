// Devices in Debian's Chromium (issue #24): a leader finds the demo fleet's ventilators, filters to
// the connected ones, imports a small CMMS file with one bad row and reads the row report.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/devices.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, checkScreen, launch, signIn } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('a leader searches the fleet and imports a CMMS file with a report per row', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'leader');
  await page.getByRole('link', { name: /Devices/ }).click();
  await page.getByRole('heading', { name: 'Devices' }).waitFor();
  await page.getByText(/^[\d,]+ devices$/).waitFor();
  await checkScreen(page, 'devices-list');

  await page.getByRole('textbox', { name: 'Search' }).fill('Evita');
  await page.getByText('40 devices').waitFor();
  const rows = page.getByRole('row');
  assert.ok((await rows.count()) > 1);
  await rows.nth(1).getByText('Dräger Evita V800').waitFor();

  const tag = `E2E-${Date.now().toString(36).toUpperCase()}`;
  const csv =
    'asset_tag,serial,manufacturer,model,site,unit,status\n' +
    `${tag}-1,SN1,Dräger,Evita V800,Riverside Main Campus,ICU 5,IN_SERVICE\n` +
    `${tag}-2,SN2,Dräger,Evita V800,Riverside Main Campus,ICU 5,BROKEN\n`;
  await page.locator('input[type="file"]').setInputFiles({
    name: 'cmms.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByText('Imported: 1 created, 0 updated, 1 refused').waitFor();
  const refused = page.getByRole('table', { name: 'Refused rows' });
  await refused.getByText(`${tag}-2`).waitFor();
  await refused.getByText(/Use IN_SERVICE/).waitFor();
  await page.getByText('41 devices').waitFor();
  await checkScreen(page, 'devices-import-report');
  assert.ok(new URL(page.url()).pathname.startsWith('/devices'), `at ${baseUrl}`);
});

test('a biomed lead sees overdue maintenance and completes one item by item', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'leader');
  await page.getByRole('link', { name: /Devices/ }).click();
  await page.getByRole('link', { name: 'Work orders' }).click();
  await page.getByRole('heading', { name: 'Work orders' }).waitFor();
  const list = page.getByRole('table', { name: 'Work orders' });
  await list.waitFor();
  await page.getByRole('table', { name: 'Open work by site' }).waitFor();
  await checkScreen(page, 'work-orders-overdue');

  const filtered = page.waitForResponse((r) => r.url().includes('kind=PREVENTIVE'));
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Preventive' }).click();
  const before = (await (await filtered).json()).total;
  assert.ok(before > 0, 'the demo hospital has overdue maintenance');
  await list.getByRole('button', { name: /^WO-/ }).first().click();
  const drawer = page.getByRole('dialog');
  await drawer.getByText('Checklist').waitFor();
  const items = drawer.getByRole('radiogroup');
  const count = await items.count();
  assert.ok(count > 0, 'the model has a procedure');
  for (let i = 0; i < count; i++) {
    await items.nth(i).getByText('Pass', { exact: true }).click();
  }
  await drawer.getByRole('textbox', { name: /Time spent/ }).fill('50');
  const late = drawer.getByRole('textbox', { name: /Why late/ });
  if (await late.isVisible()) await late.fill('Device in use at every visit');
  await checkScreen(page, 'work-order-checklist');
  await drawer.getByRole('button', { name: 'Complete work order' }).click();
  await drawer.waitFor({ state: 'hidden' });
  await page
    .getByText(`${(before - 1).toLocaleString('en-US')} work order`)
    .first()
    .waitFor();
});
