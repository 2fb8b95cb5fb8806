// User journey through the Medley shell in Debian's Chromium, driven by playwright-core.
//
//   MEDLEY_URL=http://localhost:8080 npm run e2e
//
// MEDLEY_URL        where a running Medley is (required; the backend's integration tests set it)
// MEDLEY_SCREENSHOTS where screenshots go (default target/e2e)
// CHROMIUM          the browser binary (default /usr/bin/chromium; never `playwright install`)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, checkScreen, launch, signIn } from './helpers.mjs';

let browser;
let context;

before(async () => {
  browser = await launch();
  context = browser.context;
});

after(async () => {
  await browser?.close();
});

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
    await checkScreen(page, 'login');
  } finally {
    await page.close();
  }
});

test('an agent sees the hospital, their name and the Workspace', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'agent');
    const me = await currentUser(page);
    assert.ok(me.organization?.name, '/api/me names no organization');
    const banner = page.getByRole('banner');
    await banner.getByText(me.organization.name, { exact: true }).waitFor();
    await banner.getByText(me.displayName, { exact: true }).waitFor();
    await nav(page).getByRole('link', { name: 'Workspace', exact: true }).click();
    await page.waitForURL(/\/workspace$/);
    await page.getByRole('heading', { name: 'Workspace', level: 1 }).waitFor();
    await checkScreen(page, 'agent-workspace');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    await page.getByText('You have signed out of Medley.').waitFor();
    await checkScreen(page, 'signed-out');
  } finally {
    await page.close();
  }
});

test('an end user does not see the Workspace', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'enduser');
    await nav(page).getByRole('link', { name: 'Portal', exact: true }).waitFor();
    assert.equal(
      await nav(page).getByRole('link', { name: 'Workspace', exact: true }).count(),
      0,
      'an end user must not get a Workspace link',
    );
    await checkScreen(page, 'enduser-portal');

    await page.goto(new URL('/workspace', baseUrl).href);
    await page.getByRole('heading', { name: 'Not available for your role' }).waitFor();
    await checkScreen(page, 'enduser-workspace-denied');
  } finally {
    await page.close();
  }
});

test('wrong credentials are refused with a message', async () => {
  const page = await context.newPage();
  try {
    await page.goto(new URL('/login', baseUrl).href);
    await page.getByLabel('Username or e-mail').fill('agent');
    await page.getByLabel('Password', { exact: false }).first().fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('Sign-in failed').waitFor();
    assert.match(page.url(), /\/login$/);
    await checkScreen(page, 'login-refused');
  } finally {
    await page.close();
  }
});

test('an admin previews when a ticket on "Business hours" would be due', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'admin');
    await page.goto(new URL('/admin', baseUrl).href);
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    await checkScreen(page, 'admin-home');
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Business calendars' })
      .click();
    await page.getByRole('button', { name: 'Business hours', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Business hours', exact: true }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('4 h', { exact: true }).click();
    // The due time depends on the time of day; that one appears is what counts here.
    const due = drawer.getByTestId('deadline');
    await due.waitFor();
    assert.match(await due.innerText(), /\d{1,2}:\d{2}/, 'the preview shows no due time');
    assert.equal(await drawer.getByRole('alert').count(), 0, 'the preview shows an error');
    await checkScreen(page, 'admin-calendar-preview', { fullPage: false });
  } finally {
    await page.close();
  }
});
