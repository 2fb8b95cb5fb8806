// Sign-in through Keycloak in Debian's Chromium: the redirect round trip a hospital user makes.
// Runs only against a Medley in OIDC mode (it skips itself on the built-in issuer):
//
//   infra/keycloak/start.sh
//   MEDLEY_PORT=5173 MEDLEY_OIDC_ISSUER=http://127.0.0.1:8180/realms/medley java -jar backend/target/medley.jar
//   cd frontend && MEDLEY_URL=http://127.0.0.1:5173 node/node --test e2e/keycloak.test.mjs
//
// (5173 or 8080: the realm's medley-spa client accepts redirects to those two ports.)
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const baseUrl = process.env.MEDLEY_URL;
const screenshots = resolve(process.env.MEDLEY_SCREENSHOTS ?? 'target/e2e');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

let config;
let context;
let userDataDir;

before(async () => {
  assert.ok(baseUrl, 'Set MEDLEY_URL to the Medley under test, e.g. http://127.0.0.1:5173');
  config = await (await fetch(new URL('/api/auth/config', baseUrl))).json();
  if (config.mode !== 'oidc') return;
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
  context.setDefaultTimeout(20_000);
});

after(async () => {
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

async function keycloakSignIn(page, username, password) {
  await page.waitForURL((url) => url.href.startsWith(config.oidc.issuer));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
}

test('a partner agent signs in through Keycloak, lands on the deep link and signs out of both', async (t) => {
  if (config.mode !== 'oidc') {
    t.skip('this Medley uses the built-in issuer');
    return;
  }
  const page = await context.newPage();
  try {
    await page.goto(new URL('/partner', baseUrl).href);
    await page.waitForURL(/\/login$/);
    const signIn = page.getByRole('button', { name: 'Sign in with your hospital account' });
    await signIn.waitFor();
    await page.screenshot({ path: join(screenshots, 'keycloak-medley-sign-in.png') });
    await signIn.click();

    await page.waitForURL((url) => url.href.startsWith(config.oidc.issuer));
    const authorize = new URL(page.url());
    assert.equal(authorize.searchParams.get('client_id'), 'medley-spa');
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    await page.locator('#kc-login').waitFor();
    await page.screenshot({ path: join(screenshots, 'keycloak-login.png'), fullPage: true });
    await keycloakSignIn(page, 'partner', 'demo');

    await page.waitForURL(/\/partner$/);
    const banner = page.getByRole('banner');
    await banner.getByText('Sam Okafor', { exact: true }).waitFor();
    await banner.getByText('Northwind Managed Services', { exact: true }).waitFor();
    await page.screenshot({ path: join(screenshots, 'keycloak-partner-signed-in.png') });
    // Renewal needs a refresh token from Keycloak (oidc-client-ts keeps it in sessionStorage).
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage)
        .filter((key) => key.startsWith('oidc.user:'))
        .map((key) => JSON.parse(sessionStorage.getItem(key))),
    );
    assert.ok(stored[0]?.refresh_token, 'no refresh token to renew the session with');

    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.waitForURL(/\/login$/);
    await page.getByRole('button', { name: 'Sign in with your hospital account' }).click();
    // Keycloak's session ended too: it asks for the password again.
    await page.waitForURL((url) => url.href.startsWith(config.oidc.issuer));
    await page.locator('#password').waitFor();
    await page.screenshot({ path: join(screenshots, 'keycloak-after-sign-out.png') });
  } finally {
    await page.close();
  }
});
