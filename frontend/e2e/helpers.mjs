// Shared by the journeys: Debian's Chromium through playwright-core, sign-in, the API behind it.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.MEDLEY_URL;
export const screenshots = resolve(process.env.MEDLEY_SCREENSHOTS ?? 'target/e2e');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** A fresh browser profile; close() removes it again. */
export async function launch({ viewport = { width: 1366, height: 800 }, timeout = 15_000 } = {}) {
  assert.ok(baseUrl, 'Set MEDLEY_URL to the Medley under test, e.g. http://localhost:8080');
  await mkdir(screenshots, { recursive: true });
  const userDataDir = await mkdtemp(join(tmpdir(), 'medley-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport,
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
  context.setDefaultTimeout(timeout);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(page, username, password = 'demo') {
  await page.goto(new URL('/login', baseUrl).href);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login$/);
}

/** A bearer token for calling the API directly (to look things up, never to do the journey). */
export async function apiToken(request, username, password = 'demo') {
  const response = await request.post(new URL('/login', baseUrl).href, {
    data: { username, password },
  });
  assert.equal(response.status(), 200, `POST /login as ${username}`);
  return (await response.json()).access_token;
}

export async function apiGet(request, token, path) {
  const response = await request.get(new URL(path, baseUrl).href, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status: response.status(), body: response.ok() ? await response.json() : null };
}

export async function shot(page, name, options = {}) {
  // A full-page capture of a scrolled page draws the fixed header mid-page.
  if (options.fullPage !== false) await page.evaluate(() => globalThis.scrollTo(0, 0));
  return page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true, ...options });
}
