// Canned replies and watchers in Debian's Chromium: an agent answers a nurse's ticket with a
// group's canned reply (filled in for this ticket) and watches the ticket. (The Admin page's
// canned replies section is covered by canned-watchers.test.tsx.)
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/canned-watchers.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiToken, baseUrl, checkScreen, launch, signIn } from './helpers.mjs';

let browser;
let context;
let ticket;

before(async () => {
  browser = await launch();
  context = browser.context;
  const token = await apiToken(context.request, 'enduser');
  const apps = await apiGet(context.request, token, '/api/applications?q=Epic&size=1');
  const response = await context.request.post(new URL('/api/tickets', baseUrl).href, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      type: 'INCIDENT',
      title: `Cannot sign in to the workstation in bay 3 ${Date.now().toString(36)}`,
      description: 'Password expired this morning.',
      applicationId: apps.body.items[0].id,
      impact: 3,
      urgency: 3,
    },
  });
  assert.equal(response.status(), 201, 'POST /api/tickets as enduser');
  ticket = await response.json();
});

after(async () => {
  await browser?.close();
});

test('an agent answers with a canned reply and watches the ticket', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'agent');
    await page.goto(new URL(`/workspace/tickets/${ticket.id}`, baseUrl).href);
    await page.getByRole('heading', { name: ticket.title }).waitFor();

    await page.getByPlaceholder('Search canned replies to insert…').click();
    await page.getByRole('option', { name: 'Password reset done' }).click();
    const reply = page.getByRole('textbox', { name: 'Public reply' });
    // Filled in on the server for this ticket: the nurse's first name and the ticket's number.
    await page.waitForFunction(
      (number) =>
        [...globalThis.document.querySelectorAll('textarea')].some((t) => t.value.includes(number)),
      ticket.number,
    );
    const text = await reply.inputValue();
    assert.match(text, /^Hello Nora,/);
    assert.ok(!text.includes('{{'), `no placeholder left in: ${text}`);
    await checkScreen(page, 'canned-reply-inserted');

    const watchers = page.getByLabel('Watchers');
    await watchers.getByRole('button', { name: 'Watch', exact: true }).click();
    await watchers.getByRole('button', { name: 'Stop watching' }).waitFor();
    await watchers.getByText('Dana Whitfield').waitFor();
    await checkScreen(page, 'watchers-watching');
  } finally {
    await page.close();
  }
});
