// Engagements in Debian's Chromium: a leader reads the partners' contracts and opens the form to
// record one, an administrator adds an OLA for an engagement, Northwind's agent reads its own.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/engagements.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkScreen, launch, signIn, signOut } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('a leader sees each partner engagement with its groups, manager and OLA', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'leader');
  await page.goto(new URL('/marketplace?tab=engagements', process.env.MEDLEY_URL).href);
  const table = page.getByRole('table', { name: 'Engagements' });
  const northwind = table.getByRole('row').filter({ hasText: 'Northwind Managed Service Desk' });
  await northwind.waitFor();
  await northwind.getByText('Priya Raman').waitFor();
  await northwind.getByText('Northwind Overnight Desk').waitFor();
  await northwind.getByText(/Response 30 min/).waitFor();
  assert.equal(await northwind.getByText('Active', { exact: true }).count(), 1);
  await checkScreen(page, 'engagements-list');

  await northwind.getByRole('button', { name: /Northwind Managed Service Desk/ }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByText('Recorded by Maria Chen').waitFor();
  await checkScreen(page, 'engagements-detail', { fullPage: false });
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Record engagement' }).click();
  await page.getByRole('dialog').getByLabel('Scope', { exact: false }).waitFor();
  await checkScreen(page, 'engagements-record-form', { fullPage: false });
  await page.keyboard.press('Escape');
  await signOut(page);
  await page.close();
});

test('an administrator adds an OLA by choosing an engagement', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'admin');
  await page.goto(new URL('/admin/partner-olas', process.env.MEDLEY_URL).href);
  await page
    .getByRole('button', { name: 'OLA of Northwind Managed Service Desk – after-hours L1' })
    .click();
  await page.getByRole('dialog').getByText('Northwind Managed Services').waitFor();
  await checkScreen(page, 'ola-drawer-edit', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add OLA' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('Engagement', { exact: false }).first().click();
  // Both demo engagements have an OLA already: none is offered.
  await page.getByText(/Every engagement in force has an OLA/).waitFor();
  await checkScreen(page, 'ola-drawer-new', { fullPage: false });
  await page.getByRole('button', { name: 'Close without saving' }).click();
  await signOut(page);
  await page.close();
});

test("Northwind's agent reads its own engagement and no one else's", async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'partner');
  await page.getByRole('link', { name: /Marketplace/ }).click();
  const table = page.getByRole('table', { name: 'Engagements' });
  await table.getByText('Northwind Managed Service Desk – after-hours L1').waitFor();
  assert.equal(await table.getByText(/Apex/).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Record engagement' }).count(), 0);
  await checkScreen(page, 'engagements-partner');
  await signOut(page);
  await page.close();
});
