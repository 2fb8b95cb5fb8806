// Shared by the journeys: Debian's Chromium through playwright-core, sign-in, the API behind it.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.MEDLEY_URL;
export const screenshots = resolve(process.env.MEDLEY_SCREENSHOTS ?? 'target/e2e');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** A fresh browser profile at a desktop's 1440 × 900; close() removes it again. */
export async function launch({ viewport = { width: 1440, height: 900 }, timeout = 15_000 } = {}) {
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
  await page.getByLabel('Username or e-mail').fill(username);
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

/**
 * A screenshot in MEDLEY_SCREENSHOTS, to be looked at: the file must be there and hold a picture,
 * not an empty canvas.
 */
export async function shot(page, name, options = {}) {
  // A full-page capture of a scrolled page draws the fixed header mid-page.
  if (options.fullPage !== false) await page.evaluate(() => globalThis.scrollTo(0, 0));
  const path = join(screenshots, `${name}.png`);
  await page.screenshot({ path, fullPage: true, ...options });
  const { size } = await stat(path);
  // A blank 1440 × 900 PNG compresses to a few kB; any rendered screen is well above that.
  assert.ok(size > 8_000, `screenshot ${name}.png holds next to nothing (${size} bytes)`);
  return path;
}

/** The page does not scroll sideways: nothing is cut off or needs a horizontal scroll bar. */
export async function assertNoHorizontalOverflow(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: globalThis.document.documentElement.scrollWidth,
    innerWidth: globalThis.innerWidth,
  }));
  assert.ok(
    scrollWidth <= innerWidth,
    `${where} scrolls sideways: ${scrollWidth} px of content in a ${innerWidth} px window`,
  );
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe-core checks: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core's WCAG 2.1 AA rules on the page as it is now and fails listing each broken rule
 * with its impact, the elements (CSS selectors) and their HTML. `exclude` takes selectors of
 * third-party elements a rule cannot judge; say why at the call site.
 */
export async function assertAccessible(page, where, { exclude = [] } = {}) {
  await settle(page);
  // Evaluated over the DevTools protocol, not as a <script>: the page's CSP stays as it ships.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(await axeSource);
  const violations = await page.evaluate(
    async ({ tags, exclude }) => {
      const result = await globalThis.axe.run(
        { include: [globalThis.document], exclude: exclude.map((selector) => [selector]) },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.join(' '),
          html: node.html.slice(0, 200),
          summary: node.failureSummary?.split('\n').slice(1, 2).join('').trim(),
        })),
      }));
    },
    { tags: WCAG_21_AA, exclude },
  );
  const report = violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}, ${violation.nodes.length} element(s)\n` +
        violation.nodes
          .map((node) => `    ${node.target}\n      ${node.html}\n      ${node.summary ?? ''}`)
          .join('\n'),
    )
    .join('\n  ');
  assert.equal(violations.length, 0, `${where} breaks WCAG 2.1 AA:\n  ${report}`);
}

/** Waits for transitions (a dialog fading in) to end: half-faded text has no settled contrast. */
async function settle(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => globalThis.requestAnimationFrame(resolve));
    await frame();
    await frame();
    const running = globalThis.document
      .getAnimations()
      .filter((a) => a.effect?.getTiming().iterations !== Infinity);
    await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/**
 * What every screen a journey visits gets: no sideways scrolling, no WCAG 2.1 AA violation, and a
 * screenshot (`name`.png) to look at. `where` names the screen in failures (default: `name`).
 */
export async function checkScreen(page, name, { where = name, exclude, ...shotOptions } = {}) {
  await assertNoHorizontalOverflow(page, where);
  await assertAccessible(page, where, { exclude });
  return shot(page, name, shotOptions);
}
