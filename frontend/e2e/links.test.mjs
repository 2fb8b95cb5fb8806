// Linking and merging tickets, and the queue's bulk bar, in Debian's Chromium: an agent links a
// ticket to its cause, merges a duplicate into the ticket carrying the work, and opens each bulk
// action on a selection.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/links.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiToken, baseUrl, launch, checkScreen, signIn } from './helpers.mjs';

let browser;
let context;
let token;
const stamp = Date.now().toString(36);
const tickets = {};

async function file(title) {
  const some = await apiGet(context.request, token, '/api/tickets?queue=ALL&size=1');
  const sample = await apiGet(context.request, token, `/api/tickets/${some.body.items[0].id}`);
  const response = await context.request.post(new URL('/api/tickets', baseUrl).href, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      type: 'INCIDENT',
      title,
      description: `${title}: reported from the nurses' station.`,
      applicationId: sample.body.applicationId,
      impact: 2,
      urgency: 2,
    },
  });
  assert.equal(response.status(), 201, `POST /api/tickets ${title}`);
  return response.json();
}

before(async () => {
  browser = await launch({ viewport: { width: 1440, height: 900 } });
  context = browser.context;
  token = await apiToken(context.request, 'agent');
  tickets.master = await file(`Label printers on 4 West offline ${stamp}`);
  tickets.duplicate = await file(`Cannot print wristbands on 4 West ${stamp}`);
  tickets.cause = await file(`Print server PRN-04 patched overnight ${stamp}`);
});

after(async () => {
  await browser?.close();
});

test('an agent links a ticket to its cause and merges a duplicate into it', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'agent');
    await page.goto(new URL(`/workspace/tickets/${tickets.master.id}`, baseUrl).href);
    const panel = page.getByRole('region', { name: 'Linked tickets' });
    await panel.getByRole('button', { name: 'Link ticket' }).click();
    const linkDialog = page.getByRole('dialog', { name: /^Link / });
    await linkDialog.getByLabel(`${tickets.master.number} is`).click();
    await page.getByRole('option', { name: 'caused by' }).click();
    await linkDialog.getByLabel('Ticket number').fill(tickets.cause.number);
    await linkDialog.getByRole('button', { name: 'Link', exact: true }).click();
    await panel.getByRole('link', { name: tickets.cause.number }).waitFor();

    await page.goto(new URL(`/workspace/tickets/${tickets.duplicate.id}`, baseUrl).href);
    await panel.getByRole('button', { name: 'Merge into…' }).click();
    const mergeDialog = page.getByRole('dialog', { name: /^Merge / });
    await mergeDialog.getByLabel(/carries the work/).fill(tickets.master.number);
    await mergeDialog.getByRole('button', { name: 'Continue' }).click();
    await mergeDialog.getByText(/will be resolved as “Duplicate of/).waitFor();
    await checkScreen(page, 'links-merge-confirm', { fullPage: false });
    await mergeDialog.getByRole('button', { name: `Merge into ${tickets.master.number}` }).click();
    await mergeDialog.waitFor({ state: 'hidden' });
    await page.getByText(`Duplicate of ${tickets.master.number}`).first().waitFor();

    await page.goto(new URL(`/workspace/tickets/${tickets.master.id}`, baseUrl).href);
    await panel.getByText('Duplicated by').waitFor();
    await panel.getByText('Caused by').waitFor();
    assert.equal(await panel.getByRole('link', { name: tickets.duplicate.number }).count(), 1);
    await page.getByText(`${tickets.duplicate.number} merged into this ticket`).waitFor();
    await checkScreen(page, 'links-ticket-detail');
  } finally {
    await page.close();
  }
});

test('the queue bulk bar offers assign, move and resolve as duplicate on a selection', async () => {
  const page = await context.newPage();
  try {
    await signIn(page, 'agent');
    // Only this journey's tickets: other journeys run beside it and must keep theirs.
    await page.goto(new URL(`/workspace?queue=ALL&q=${stamp}`, baseUrl).href);
    const rows = page.getByTestId('ticket-row');
    await rows.first().waitFor();
    const bar = page.getByRole('group', { name: 'Change the selected tickets' });
    assert.equal(await bar.getByRole('button', { name: 'Assign…' }).isDisabled(), true);
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByText('2 selected').waitFor();
    await checkScreen(page, 'links-queue-bulk-bar', { fullPage: false });

    await bar.getByRole('button', { name: 'Resolve as duplicate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Resolve duplicates among 2 tickets' });
    await dialog.getByText(/resolved as “Duplicate of/).waitFor();
    await checkScreen(page, 'links-queue-bulk-duplicate', { fullPage: false });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await bar.getByRole('button', { name: 'Move to group…' }).click();
    const move = page.getByRole('dialog', { name: /^Move 2 tickets/ });
    await move.getByLabel(/Support group/).click();
    await page.getByRole('option').first().click();
    await move.getByRole('button', { name: /^Move 2 tickets/ }).click();
    await move.getByText(/of 2 done/).waitFor();
    await checkScreen(page, 'links-queue-bulk-result', { fullPage: false });
  } finally {
    await page.close();
  }
});
