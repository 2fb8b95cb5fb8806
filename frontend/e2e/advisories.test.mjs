// Security advisories in Debian's Chromium (issue #24): a leader reads the demo's open advisory
// (its exposure already fell), files one against the Philips monitors and lands on its remaining
// devices by unit, closes one device's remediation work orders and sees the exposure fall, then
// opens the outage playbook and picks a unit.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/advisories.test.mjs
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

test('a leader follows an advisory, files one and opens the outage playbook', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'leader');
  await page.getByRole('link', { name: /Devices/ }).click();
  await page.getByRole('link', { name: 'Security advisories' }).click();
  await page.getByRole('heading', { name: 'Security advisories' }).waitFor();
  await page.getByRole('link', { name: 'CVE-2024-31987' }).waitFor();
  await checkScreen(page, 'advisories-list');

  await page.getByRole('link', { name: 'CVE-2024-31987' }).click();
  await page.getByRole('table', { name: 'Remaining devices by unit' }).waitFor();
  await checkScreen(page, 'advisory-demo');

  await page.getByRole('link', { name: 'Security advisories' }).click();
  await page.getByRole('button', { name: 'File advisory' }).click();
  const cve = `CVE-2025-${String(Date.now()).slice(-7)}`;
  await page.getByRole('textbox', { name: 'CVE' }).fill(cve);
  await page
    .getByRole('textbox', { name: 'Title' })
    .fill('Monitor web service allows code execution');
  await page.getByPlaceholder('Pick one or more models').click();
  await page.getByRole('option', { name: 'Philips IntelliVue MX800' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: /Firmware from/ }).fill('M.00.0');
  await page.getByRole('textbox', { name: /Firmware to/ }).fill('M.00.1');
  await page
    .getByRole('textbox', { name: 'Remediation' })
    .fill('Apply the vendor patch; isolate the monitors meanwhile.');
  await checkScreen(page, 'advisory-file-form');
  await page.getByRole('button', { name: 'File and open work orders' }).click();
  await page.getByRole('heading', { name: cve }).waitFor();
  const remainingTable = page.getByRole('table', { name: 'Remaining devices', exact: true });
  await remainingTable.waitFor();
  await checkScreen(page, 'advisory-filed');

  // The exposure falls as work orders close: both of one device's orders (biomed and IT).
  const remaining = async () =>
    Number(
      (
        await page
          .getByText(/^[\d,]+ remaining$/)
          .first()
          .textContent()
      ).replace(/\D/g, ''),
    );
  const before = await remaining();
  const tag = (
    await remainingTable.getByRole('row').nth(1).getByRole('cell').first().textContent()
  ).trim();
  await page.getByRole('link', { name: 'Work orders' }).click();
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('All open').click();
  const searched = page.waitForResponse((r) => r.url().includes(`q=${encodeURIComponent(tag)}`));
  await page.getByRole('textbox', { name: 'Search' }).fill(tag);
  await searched;
  const orders = page.getByRole('table', { name: 'Work orders' });
  const fixes = orders.getByRole('button', { name: /Security fix/ });
  await fixes.first().waitFor();
  while ((await fixes.count()) > 0) {
    const count = await fixes.count();
    await fixes.first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: /Time spent/ }).fill('20');
    await drawer.getByRole('button', { name: 'Complete work order' }).click();
    await drawer.waitFor({ state: 'hidden' });
    if (count === 1) break;
    // The list reloads without the closed order.
    for (let i = 0; i < 100 && (await fixes.count()) >= count; i++) await page.waitForTimeout(100);
  }
  await page.getByRole('link', { name: 'Security advisories' }).click();
  await page.getByRole('link', { name: cve }).click();
  await page
    .getByText(`${(before - 1).toLocaleString('en-US')} remaining`)
    .first()
    .waitFor();

  await page.getByRole('link', { name: 'Outage playbook' }).click();
  await page.getByText(/devices need a visit/).waitFor();
  await page
    .getByRole('navigation', { name: 'Units' })
    .getByRole('button', { name: /ICU 5/ })
    .click();
  await page.getByRole('heading', { name: /ICU 5 · / }).waitFor();
  await checkScreen(page, 'outage-playbook');
  assert.ok(new URL(page.url()).pathname.endsWith('/devices/outage-playbook'));
});
