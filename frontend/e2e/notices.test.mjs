// Notices that arrive, in Debian's Chromium: an agent puts a nurse's ticket on hold waiting for
// her; she finds "Needs you" in the bell as on My tickets, opens it from the bell, and the count
// drops; "Mark all read" clears the rest. On a desktop and on a phone.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/notices.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiToken, baseUrl, launch, checkScreen, signIn, signOut } from './helpers.mjs';

let browser;
let context;
let ticket;

before(async () => {
  browser = await launch({ viewport: { width: 1440, height: 900 } });
  context = browser.context;
  // The nurse's ticket is the setting, not the journey: filed through the API.
  const token = await apiToken(context.request, 'enduser');
  const apps = await context.request.get(new URL('/api/applications?q=Epic', baseUrl).href, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(apps.status(), 200, 'GET /api/applications as enduser');
  const filed = await context.request.post(new URL('/api/tickets', baseUrl).href, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      type: 'INCIDENT',
      title: `Barcode scanner at the 4 West med cart ${Date.now().toString(36)}`,
      description: 'Beeps but nothing reaches the MAR.',
      applicationId: (await apps.json()).items[0].id,
      impact: 3,
      urgency: 2,
      phi: false,
    },
  });
  assert.equal(filed.status(), 201, 'POST /api/tickets as enduser');
  ticket = await filed.json();
});

after(async () => {
  await browser?.close();
});

/** Until the menu has faded in, a screenshot shows the page through it. */
async function settled(menu) {
  await menu.evaluate(
    (element) =>
      new Promise((resolve) => {
        const done = () =>
          globalThis.getComputedStyle(element).opacity === '1'
            ? resolve()
            : globalThis.requestAnimationFrame(done);
        done();
      }),
  );
}

/** The bell's unread count, as its accessible name says it (0 when it says none). */
async function unread(page) {
  const name = await page
    .getByRole('button', { name: /^Notifications/ })
    .getAttribute('aria-label');
  return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
}

test('an agent puts the ticket on hold waiting for the requester', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'agent');
    await page.goto(new URL(`/workspace/tickets/${ticket.id}`, baseUrl).href);
    const pickUp = page.getByRole('button', { name: 'Pick up' });
    await pickUp.click();
    await pickUp.waitFor({ state: 'detached' });
    // The page re-reads the ticket after the pick-up; a click while it redraws is lost.
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Put on hold…' }).click();
    const dialog = page.getByRole('dialog', { name: `Put ${ticket.number} on hold` });
    await dialog.getByRole('radio', { name: 'Waiting for the requester' }).check();
    await dialog.getByRole('button', { name: 'Put on hold' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await signOut(page);
  } finally {
    await page.close();
  }
});

test('the requester finds it in the bell, opens it there, and the count drops', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'enduser');
    const mine = page.getByRole('list', { name: 'My tickets' });
    await mine.getByText(ticket.title).waitFor();
    const before = await unread(page);
    assert.ok(before >= 1, 'the bell counts the new notice');

    await page.getByRole('button', { name: /^Notifications/ }).click();
    const menu = page.getByRole('menu');
    await menu.getByText('Waiting for you', { exact: true }).waitFor();
    // The bell and My tickets agree: the ticket is waiting for her in both.
    await menu.getByRole('menuitem', { name: new RegExp(`Needs you ${ticket.number}`) }).waitFor();
    const notice = menu.getByRole('menuitem', { name: new RegExp(`Needs you: ${ticket.number}`) });
    await notice.waitFor();
    await settled(menu);
    await checkScreen(page, 'notices-bell-desktop', { fullPage: false });

    await notice.click();
    await page.waitForURL(new RegExp(`/portal/tickets/${ticket.id}$`));
    assert.equal(await unread(page), before - 1, 'read as soon as it is opened');
    await page.getByRole('heading', { name: ticket.title }).waitFor();

    if (before - 1 > 0) {
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page.getByRole('menuitem', { name: 'Mark all read' }).click();
      await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
      await page.keyboard.press('Escape');
    }
    assert.equal(await unread(page), 0);
    await signOut(page);
  } finally {
    await page.close();
  }
});

test('on a phone the bell reads the same and fits the screen', async () => {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'enduser');
    await page.getByRole('button', { name: /^Notifications/ }).click();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: new RegExp(`Needs you ${ticket.number}`) }).waitFor();
    const box = await menu.boundingBox();
    assert.ok(
      box && box.x >= 0 && box.x + box.width <= 390,
      `the bell's list fits: ${JSON.stringify(box)}`,
    );
    await settled(menu);
    await checkScreen(page, 'notices-bell-phone', { fullPage: false });
    await page.keyboard.press('Escape');
    await signOut(page);
  } finally {
    await page.close();
  }
});
