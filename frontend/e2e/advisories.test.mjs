// Security advisories in Debian's Chromium (issue #24): a leader reads the demo's open advisory
// (its exposure already fell), files one against the Philips monitors and lands on its remaining
// devices by unit, then opens the outage playbook and picks a unit.
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
  await page.getByRole('table', { name: 'Remaining devices', exact: true }).waitFor();
  await checkScreen(page, 'advisory-filed');

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
