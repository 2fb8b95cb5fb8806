// Devices in Debian's Chromium (issue #24): a leader finds the demo fleet's ventilators, filters to
// the connected ones, imports a small CMMS file with one bad row and reads the row report; adds a
// device by hand, opens it from the list and moves it to another unit, out for repair; reads a
// demo ventilator's page and its work orders at desktop and phone width.
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

test('a biomed lead adds a device, opens it from the list and moves it out for repair', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'leader');
  await page.getByRole('link', { name: /Devices/ }).click();
  await page.getByRole('heading', { name: 'Devices' }).waitFor();

  // A device of its own, not connected: the demo fleet's counts, advisories and plans stay as
  // the other journeys expect them.
  const tag = `E2E-DEV-${Date.now().toString(36).toUpperCase()}`;
  await page.getByRole('button', { name: 'Add device' }).click();
  const form = page.getByRole('form', { name: 'New device' });
  await form.getByRole('combobox', { name: 'Model' }).click();
  await form.getByRole('combobox', { name: 'Model' }).fill('Connex');
  await page.getByRole('option', { name: /Connex Spot Monitor/ }).click();
  await form.getByRole('textbox', { name: 'Asset tag' }).fill(tag.toLowerCase());
  await form.getByRole('textbox', { name: 'Serial number' }).fill('CSM-0042');
  await form.getByRole('textbox', { name: 'Site' }).fill('Riverside Main Campus');
  await form.getByRole('textbox', { name: 'Building' }).fill('Tower B');
  await form.getByRole('textbox', { name: 'Unit' }).fill('Med-Surg 4 West');
  await form.getByRole('textbox', { name: 'Department' }).fill('Nursing');
  await form.getByRole('textbox', { name: 'Firmware' }).fill('1.4.0');
  await form.getByRole('textbox', { name: 'Acquired on' }).fill('2024-03-15');
  // The drawer's top: the model and the label's asset tag come first.
  await form.getByRole('combobox', { name: 'Model' }).scrollIntoViewIfNeeded();
  await checkScreen(page, 'device-new-form', { fullPage: false });
  await form.getByRole('button', { name: 'Add device' }).click();

  // Saved: the new device's own page, its asset tag as printed on the label (upper case).
  await page.waitForURL(/\/devices\/device\/\d+$/);
  await page.getByRole('heading', { level: 1, name: tag }).waitFor();
  await page.getByText('No work orders yet').waitFor();

  await page.getByRole('link', { name: '← All devices' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill(tag);
  await page.getByText('1 device', { exact: true }).waitFor();
  await page.getByRole('table', { name: 'Devices' }).getByRole('link', { name: tag }).click();
  await page.getByRole('heading', { level: 1, name: tag }).waitFor();

  await page.getByRole('button', { name: 'Edit device' }).click();
  const edit = page.getByRole('form', { name: `Change device ${tag}` });
  await edit.getByRole('textbox', { name: 'Unit' }).fill('Med-Surg 6 East');
  await edit.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Out for repair' }).click();
  await edit.getByRole('textbox', { name: 'Firmware' }).fill('1.5.1');
  await checkScreen(page, 'device-edit-form', { fullPage: false });
  await edit.getByRole('button', { name: 'Save device' }).click();
  await edit.waitFor({ state: 'hidden' });

  const location = page.getByRole('heading', { name: 'Location' }).locator('..');
  await location.getByText('Med-Surg 6 East').waitFor();
  await page.getByText('1.5.1').waitFor();
  assert.equal(await page.getByText('Out for repair').count(), 2, 'badge and status line');
  await checkScreen(page, 'device-detail-edited');

  // The list agrees.
  await page.getByRole('link', { name: '← All devices' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill(tag);
  const row = page.getByRole('table', { name: 'Devices' }).getByRole('row').nth(1);
  await row.getByText('Out for repair').waitFor();
  await row.getByText(/Med-Surg 6 East/).waitFor();
});

test('a demo ventilator whole, with its work orders, at desktop and phone width', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'leader');
  await page.getByRole('link', { name: /Devices/ }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill('Hamilton');
  const list = page.getByRole('table', { name: 'Devices' });
  await list.getByRole('row').nth(1).waitFor();
  await list.getByRole('row').nth(1).getByRole('link').click();
  await page.getByRole('heading', { name: 'Support and lifecycle' }).waitFor();
  await page.getByRole('table', { name: 'Work orders on this device' }).waitFor();
  await checkScreen(page, 'device-detail');

  await page
    .getByRole('table', { name: 'Work orders on this device' })
    .getByRole('button', { name: /^WO-/ })
    .first()
    .click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  try {
    // As a phone opens it: a resized desktop window keeps some of its layout until a reload
    // (as on the scorecards and marketplace journeys).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('table', { name: 'Work orders on this device' }).waitFor();
    await checkScreen(page, 'device-detail-phone');
    await page.getByRole('button', { name: 'Edit device' }).click();
    await page.getByRole('form', { name: /^Change device/ }).waitFor();
    await checkScreen(page, 'device-edit-form-phone', { fullPage: false });
    await page.getByRole('button', { name: 'Cancel' }).click();
  } finally {
    await page.setViewportSize({ width: 1440, height: 900 });
  }
});
