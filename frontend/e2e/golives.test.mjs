// Go-lives and scorecards in Debian's Chromium: a leader opens the demo's upcoming Willow upgrade,
// reads its surge estimate and the history behind it, adds someone to the command center and
// opens a staffing request for what is still short, then reads the scorecards; Northwind's
// partner manager sees Scorecards (its own rows only, also on a phone) and no Go-lives.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/golives.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, checkScreen, launch, signIn, signOut } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('a leader plans the Willow upgrade and opens a request for what is short', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'leader');
  await page.goto(new URL('/marketplace', baseUrl).href);
  await page
    .getByRole('navigation', { name: 'Marketplace pages' })
    .getByRole('link', { name: 'Go-lives' })
    .click();
  const list = page.getByRole('table', { name: 'Go-lives' });
  const willow = list.getByRole('row').filter({ hasText: 'Epic Willow (Pharmacy)' });
  await willow.getByText('Planned', { exact: true }).waitFor();
  await checkScreen(page, 'golives-list');

  await willow.getByRole('link', { name: /Willow upgrade/ }).click();
  await page.getByRole('heading', { name: /Willow upgrade/ }).waitFor();
  const surge = page.getByRole('region', { name: 'Expected surge' });
  await surge.getByText(/CATEGORY, RATIO/).waitFor();
  const history = surge.getByRole('table', { name: 'Surge history' });
  await history.getByRole('row').filter({ hasText: 'Epic Haiku / Rover' }).waitFor();
  await history.getByRole('row').filter({ hasText: 'Epic Cadence (Scheduling)' }).waitFor();
  // The Haiku go-live's ratio (×35 against an almost silent baseline) counts as 5.
  await history
    .getByRole('row')
    .filter({ hasText: 'Epic Haiku / Rover' })
    .getByText('capped')
    .waitFor();
  const plan = page.getByRole('table', { name: 'Command-center plan' });
  await plan.getByRole('row').filter({ hasText: 'Grace Liu' }).getByText('Internal').waitFor();
  await plan.getByRole('row').filter({ hasText: 'Bianca Rossi' }).getByText('Contracted').waitFor();
  await page.getByRole('table', { name: 'Coverage before and after' }).waitFor();
  await checkScreen(page, 'golive-detail');

  // Someone without a staff record: a vendor's floor walker at L2, for the window's first 12 hours.
  const walker = `Floor walker ${Date.now().toString(36)}`;
  await page
    .getByRole('region', { name: 'Command-center plan' })
    .getByRole('button', { name: 'Add' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add to the command-center plan' });
  await dialog.getByText('Someone without a staff record').click();
  await dialog.getByRole('textbox', { name: /Name/ }).fill(walker);
  await dialog.getByRole('textbox', { name: 'Role' }).fill('Epic pharmacy floor support');
  await checkScreen(page, 'golive-add-plan-entry', { fullPage: false });
  await dialog.getByRole('button', { name: 'Add to plan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const entry = plan.getByRole('row').filter({ hasText: walker });
  await entry.getByText('No staff record').waitFor();
  await entry.getByText('Epic pharmacy floor support').waitFor();

  // The demo's Willow upgrade is short of experts at night: a request for it can be opened once.
  const open = page.getByRole('button', { name: 'Open staffing request for what is short' });
  assert.equal(await open.count(), 1, 'the Willow upgrade has something short and no request yet');
  await open.click();
  const opened = page.getByRole('alert').filter({ hasText: 'Staffing request opened' });
  await opened.waitFor();
  const requestTitle = (await opened.getByRole('link').textContent()).trim();
  assert.ok(requestTitle.length > 0);
  await page.getByText('Staffing request:').waitFor();
  assert.equal(await open.count(), 0, 'a second request is not offered while one is open');
  await checkScreen(page, 'golive-request-opened');

  await opened.getByRole('link').click();
  await page
    .getByRole('table', { name: 'Staffing requests' })
    .getByText(requestTitle, { exact: false })
    .first()
    .waitFor();

  // The same navigation leads to the scorecards, where Northwind has its row.
  await page
    .getByRole('navigation', { name: 'Marketplace pages' })
    .getByRole('link', { name: 'Scorecards' })
    .click();
  const scorecards = page.getByRole('table', { name: 'Scorecards' });
  const northwind = scorecards.getByRole('row').filter({
    has: page.getByRole('button', { name: 'Northwind Managed Services', exact: true }),
  });
  await northwind.waitFor();
  await scorecards.getByRole('columnheader', { name: 'Internal teams' }).waitFor();
  await checkScreen(page, 'scorecards');

  await northwind.getByRole('button', { name: 'Northwind Managed Services', exact: true }).click();
  const card = page.getByRole('dialog', { name: 'Northwind Managed Services' });
  await card.getByRole('table', { name: 'Weeks' }).waitFor();
  await card.getByRole('img', { name: 'Weekly trend in percent' }).waitFor();
  await checkScreen(page, 'scorecard-card', { fullPage: false });
  await page.keyboard.press('Escape');
  await signOut(page);
  await page.close();
});

test("Northwind's partner manager sees its own scorecards and no go-lives", async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'partnermgr');
  await page.goto(new URL('/marketplace', baseUrl).href);
  const nav = page.getByRole('navigation', { name: 'Marketplace pages' });
  await nav.getByRole('link', { name: 'Scorecards' }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Go-lives' }).count(), 0);
  await nav.getByRole('link', { name: 'Scorecards' }).click();

  const scorecards = page.getByRole('table', { name: 'Scorecards' });
  await scorecards.getByText('Northwind Managed Services', { exact: true }).waitFor();
  assert.equal(await scorecards.getByRole('columnheader', { name: 'Internal teams' }).count(), 0);
  // Every named row (a partner or an engagement card) is Northwind's.
  const names = await scorecards.getByRole('button').allTextContents();
  assert.ok(names.length > 0);
  for (const name of names) assert.match(name, /Northwind/, `a row of someone else: ${name}`);
  assert.equal(await scorecards.getByText(/Apex/).count(), 0);
  await checkScreen(page, 'scorecards-partner-manager');

  // As a phone opens it: a desktop window resized to phone width can keep a few pixels of its
  // desktop layout until a reload (the same seen on the marketplace tabs; see the issue note).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await scorecards.waitFor();
  await checkScreen(page, 'scorecards-phone');
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto(new URL('/marketplace/go-lives', baseUrl).href);
  await page.getByText('Not available for your role').waitFor();
  await signOut(page);
  await page.close();
});
