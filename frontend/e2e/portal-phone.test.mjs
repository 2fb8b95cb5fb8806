// The nurse's portal on a phone, and the executive's home, in Debian's Chromium.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/portal-phone.test.mjs
//
// At 390 × 844 (a current phone) and 360 × 740 (the narrowest we support) no end-user screen may
// scroll sideways, and "Sign out" and "Report a problem" stay within reach.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiToken, baseUrl, checkScreen, launch, signIn } from './helpers.mjs';

let browser;
/** An application of the catalog, found through a ticket that names it. */
let application;

before(async () => {
  browser = await launch();
  const token = await apiToken(browser.context.request, 'agent');
  const list = await apiGet(browser.context.request, token, '/api/tickets?queue=ALL&size=1');
  assert.equal(list.status, 200, 'GET /api/tickets as agent');
  const some = await apiGet(
    browser.context.request,
    token,
    `/api/tickets/${list.body.items[0].id}`,
  );
  application = { id: some.body.applicationId, name: some.body.applicationName };
});

after(async () => {
  await browser?.close();
});

/**
 * A title with no place to break (a pasted log line, a serial number run together), as long as the
 * form accepts: over 200 characters it refuses to send and says so.
 */
const unbroken = `WRISTBANDPRINTER4WEST${Date.now().toString(36).toUpperCase()}`.padEnd(200, 'X');

/** Fully inside the window, not cut at an edge. */
async function assertInView(page, locator, what) {
  const box = await locator.boundingBox();
  assert.ok(box, `${what} is not shown`);
  const width = await page.evaluate(() => globalThis.innerWidth);
  assert.ok(
    box.x >= 0 && box.x + box.width <= width,
    `${what} is cut: ${box.x}..${box.x + box.width} in ${width}`,
  );
}

/** Sign out is in the header, or one tap away behind the navigation burger. */
async function assertSignOutReachable(page, where) {
  const signOut = page.getByRole('button', { name: 'Sign out' });
  if (await signOut.isVisible()) {
    await assertInView(page, signOut, `Sign out on ${where}`);
    return;
  }
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await assertInView(page, signOut, `Sign out on ${where}, in the opened navigation`);
  await page.getByRole('button', { name: 'Close navigation' }).click();
}

let ticketPath;

for (const viewport of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  const size = `${viewport.width}x${viewport.height}`;

  test(`an end user's portal fits a ${size} phone`, async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize(viewport);
      await signIn(page, 'enduser');
      await page.goto(new URL('/portal', baseUrl).href);
      await page.getByRole('heading', { name: 'My tickets' }).waitFor();
      await page
        .getByTestId('my-ticket')
        .or(page.getByText('You have not reported anything yet'))
        .first()
        .waitFor();
      await checkScreen(page, `phone-${size}-portal`, { where: `the portal at ${size}` });
      await assertSignOutReachable(page, `the portal at ${size}`);
      const report = page.getByRole('link', { name: /Report a problem/ }).first();
      await assertInView(page, report, `Report a problem at ${size}`);

      await report.click();
      await page.waitForURL(/\/portal\/new$/);
      const form = page.getByRole('form', { name: 'Report a problem or request something' });
      for (const kind of ['Something is not working', 'I need something']) {
        await assertInView(page, form.getByText(kind, { exact: true }), `"${kind}" at ${size}`);
      }
      await form.getByLabel(/Which application or system/).fill(application.name.slice(0, 6));
      await page.getByRole('option', { name: application.name }).first().click();
      const titleBox = form.getByRole('textbox', { name: /In a few words, what is wrong/ });
      await titleBox.pressSequentially(unbroken, { delay: 0 });
      await form
        .getByRole('textbox', { name: /What happened/ })
        .fill('The wristband printer at the 4 West nurses station feeds blank labels.');
      await form.getByRole('radio', { name: /Just me/ }).check();
      await form.getByRole('radio', { name: /It slows us down/ }).check();
      await form.getByRole('checkbox', { name: /contains patient information/ }).check();
      await checkScreen(page, `phone-${size}-report-form`, { where: `the report form at ${size}` });
      await assertSignOutReachable(page, `the report form at ${size}`);

      if (!ticketPath) {
        await form.getByRole('button', { name: 'Send to IT' }).click();
        await page.waitForURL(/\/portal\/tickets\/\d+$/);
        ticketPath = new URL(page.url()).pathname;
      } else {
        await page.goto(new URL(ticketPath, baseUrl).href);
      }
      const heading = page.getByRole('heading', { level: 1, name: unbroken.slice(0, 40) });
      await heading.waitFor();
      await page
        .getByText(/^(INC|REQ)-\d+$/)
        .first()
        .waitFor();
      await checkScreen(page, `phone-${size}-ticket`, { where: `the ticket page at ${size}` });
      await assertInView(page, heading, `the ticket's title at ${size}`);
      await assertSignOutReachable(page, `the ticket page at ${size}`);

      await page.goto(new URL('/portal', baseUrl).href);
      const row = page.getByTestId('my-ticket').filter({ hasText: unbroken.slice(0, 20) });
      await row.first().waitFor();
      await checkScreen(page, `phone-${size}-my-tickets`, {
        where: `my tickets with a long title at ${size}`,
      });

      // The navigation opens over the page and closes again.
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Portal').waitFor();
      await checkScreen(page, `phone-${size}-navigation`, {
        where: `the opened navigation at ${size}`,
        fullPage: false,
      });
    } finally {
      await page.close();
    }
  });
}

test("an agent's queue and ticket keep their columns and SLA timers beside a long title", async () => {
  assert.ok(ticketPath, 'the phone journey filed no ticket');
  const page = await browser.context.newPage();
  try {
    // A common ward-office laptop: the navigation takes 264 px of it.
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'agent');
    await page.goto(new URL('/workspace', baseUrl).href);
    await page.getByRole('tab', { name: /^All/ }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill(unbroken.slice(0, 30));
    const row = page.getByTestId('ticket-row').first();
    await row.waitFor();
    await checkScreen(page, 'laptop-1280x800-queue', { where: 'the queue at 1280 px' });
    const table = page.getByRole('table', { name: 'Tickets' });
    const inTable = async (locator, what) => {
      const [outer, inner] = [await table.boundingBox(), await locator.boundingBox()];
      assert.ok(inner, `${what} is not shown`);
      assert.ok(
        inner.x >= outer.x && inner.x + inner.width <= outer.x + outer.width,
        `${what} is cut: ${inner.x}..${inner.x + inner.width} in ${outer.x}..${outer.x + outer.width}`,
      );
      // And the table itself does not scroll its last column out of sight.
      await assertInView(page, locator, what);
    };
    await inTable(page.getByRole('columnheader', { name: /Updated/ }), 'the Updated column');
    await inTable(row.getByText('PHI', { exact: true }), 'the PHI badge beside a long title');

    await page.goto(new URL(ticketPath.replace('/portal', '/workspace'), baseUrl).href);
    await page.getByRole('heading', { level: 1, name: unbroken.slice(0, 40) }).waitFor();
    const sla = page.getByLabel('SLA timers');
    await sla
      .getByText(/Response|Resolution|due/)
      .first()
      .waitFor();
    await checkScreen(page, 'laptop-1280x800-ticket', {
      where: 'the agent ticket page at 1280 px',
    });
    await assertInView(page, sla, 'the SLA timers beside a long title');
    for (const timer of await sla.locator('.mantine-Badge-root').all()) {
      await assertInView(page, timer, 'an SLA timer');
    }
  } finally {
    await page.close();
  }
});

test("the executive's home shows SLA compliance, not a placeholder", async () => {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'exec');
    await page.waitForURL(/\/insights$/);
    await page
      .getByRole('heading', { name: /SLA compliance/i })
      .first()
      .waitFor();
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /issue #?\d/i, 'the executive is shown an internal issue number');
    assert.doesNotMatch(text, /Not built yet/i);
    await checkScreen(page, 'exec-home');
  } finally {
    await page.close();
  }
});
