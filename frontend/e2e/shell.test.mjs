// User journey through the Medley shell in Debian's Chromium, driven by playwright-core.
//
//   MEDLEY_URL=http://localhost:8080 npm run e2e
//
// MEDLEY_URL        where a running Medley is (required; the backend's integration tests set it)
// MEDLEY_SCREENSHOTS where screenshots go (default target/e2e)
// CHROMIUM          the browser binary (default /usr/bin/chromium; never `playwright install`)
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const baseUrl = process.env.MEDLEY_URL;
const screenshots = resolve(process.env.MEDLEY_SCREENSHOTS ?? 'target/e2e');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

let context;
let userDataDir;

before(async () => {
  assert.ok(baseUrl, 'Set MEDLEY_URL to the Medley under test, e.g. http://localhost:8080');
  await mkdir(screenshots, { recursive: true });
  userDataDir = await mkdtemp(join(tmpdir(), 'medley-e2e-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1366, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(15_000);
});

after(async () => {
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

async function signIn(page, username, password) {
  await page.goto(new URL('/login', baseUrl).href);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** What the backend says about the signed-in user, to compare the screen against. */
async function currentUser(page) {
  const token = await page.evaluate(
    () => JSON.parse(sessionStorage.getItem('medley.session') ?? 'null')?.token,
  );
  assert.ok(token, 'signing in left no session token');
  const response = await page.request.get(new URL('/api/me', baseUrl).href, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(response.status(), 200, 'GET /api/me with the session token');
  return response.json();
}

const nav = (page) => page.getByRole('navigation', { name: 'Main navigation' });

test('the sign-in page offers the demo hospital logins', async () => {
  const page = await context.newPage();
  try {
    await page.goto(baseUrl);
    await page.waitForURL(/\/login$/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'login.png'), fullPage: true });
  } finally {
    await page.close();
  }
});

test('an agent sees the hospital, their name and the Workspace', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'agent', 'demo');
    const me = await currentUser(page);
    assert.ok(me.organization?.name, '/api/me names no organization');
    const banner = page.getByRole('banner');
    await banner.getByText(me.organization.name, { exact: true }).waitFor();
    await banner.getByText(me.displayName, { exact: true }).waitFor();
    await nav(page).getByRole('link', { name: 'Workspace', exact: true }).click();
    await page.waitForURL(/\/workspace$/);
    await page.getByRole('heading', { name: 'Workspace', level: 1 }).waitFor();
    await page.screenshot({ path: join(screenshots, 'agent-workspace.png'), fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    await page.getByText('You have signed out of Medley.').waitFor();
  } finally {
    await page.close();
  }
});

test('an end user does not see the Workspace', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'enduser', 'demo');
    await nav(page).getByRole('link', { name: 'Portal', exact: true }).waitFor();
    assert.equal(
      await nav(page).getByRole('link', { name: 'Workspace', exact: true }).count(),
      0,
      'an end user must not get a Workspace link',
    );
    await page.screenshot({ path: join(screenshots, 'enduser-portal.png'), fullPage: true });

    await page.goto(new URL('/workspace', baseUrl).href);
    await page.getByRole('heading', { name: 'Not available for your role' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'enduser-workspace-denied.png') });
  } finally {
    await page.close();
  }
});

test('wrong credentials are refused with a message', async () => {
  const page = await context.newPage();
  try {
    await page.goto(new URL('/login', baseUrl).href);
    await page.getByLabel('Username').fill('agent');
    await page.getByLabel('Password', { exact: false }).first().fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('Sign-in failed').waitFor();
    assert.match(page.url(), /\/login$/);
  } finally {
    await page.close();
  }
});

test('an admin previews when a ticket on "Business hours" would be due', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'admin', 'demo');
    await page.goto(new URL('/admin', baseUrl).href);
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Business hours', exact: true }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('4 h', { exact: true }).click();
    // The due time depends on the time of day; that one appears is what counts here.
    const due = drawer.getByTestId('deadline');
    await due.waitFor();
    assert.match(await due.innerText(), /\d{4}/, 'the preview shows no due date');
    assert.equal(await drawer.getByRole('alert').count(), 0, 'the preview shows an error');
    await page.screenshot({ path: join(screenshots, 'admin-calendar-preview.png') });
  } finally {
    await page.close();
  }
});
