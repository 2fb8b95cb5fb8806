// Each role's main screens at 1440 × 900 in Debian's Chromium, for the roles the other journeys
// pass by: partner agents (with and without a business associate agreement), the partner's
// service manager, the IT leader's and the executive's reading screens. Every screen is checked
// for sideways scrolling and WCAG 2.1 AA (axe-core) and photographed.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/roles.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiToken, baseUrl, checkScreen, launch, signIn, signOut } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

const nav = (page) => page.getByRole('navigation', { name: 'Main navigation' });

/** A ticket the partner's company holds, found through the API as that user sees it. */
async function someTicketOf(username, { phi } = {}) {
  const token = await apiToken(browser.context.request, username);
  const list = await apiGet(browser.context.request, token, '/api/tickets?size=50');
  assert.equal(list.status, 200, `GET /api/tickets as ${username}`);
  const ticket = list.body.items.find((item) => phi === undefined || item.phi === phi);
  assert.ok(ticket, `the demo data gives ${username} a ticket${phi ? ' with PHI' : ''}`);
  return ticket;
}

/** The partner desk, its full list, and one ticket opened from it. */
async function partnerDesk(page, username, ticket) {
  await signIn(page, username);
  await page.goto(new URL('/partner', baseUrl).href);
  await page.getByRole('heading', { name: 'Partner desk', level: 1 }).waitFor();
  await page
    .getByTestId('ticket-row')
    .or(page.getByRole('heading', { name: 'No tickets here' }))
    .first()
    .waitFor();
  await checkScreen(page, `${username}-desk`);
  await page.getByRole('tab', { name: /All our tickets/ }).click();
  await page.getByTestId('ticket-row').first().waitFor();
  await checkScreen(page, `${username}-desk-all`);

  await page.goto(new URL(`/partner/tickets/${ticket.id}`, baseUrl).href);
  await page.getByText(ticket.number, { exact: true }).first().waitFor();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

test('a partner agent works a ticket of their company', async () => {
  const ticket = await someTicketOf('partner', { phi: true });
  const page = await browser.context.newPage();
  try {
    await partnerDesk(page, 'partner', ticket);
    // Northwind has a business associate agreement: nothing is masked for it.
    assert.equal(await page.getByText('Patient details are masked').count(), 0);
    await checkScreen(page, 'partner-ticket');
    await signOut(page);
  } finally {
    await page.close();
  }
});

test("a partner agent without an agreement reads a PHI ticket's details masked", async () => {
  const ticket = await someTicketOf('apex', { phi: true });
  const page = await browser.context.newPage();
  try {
    await partnerDesk(page, 'apex', ticket);
    await page.getByRole('alert').getByText('Patient details are masked').waitFor();
    await checkScreen(page, 'apex-ticket-masked');
  } finally {
    await page.close();
  }
});

test("the partner's service manager sees the desk and their engagements", async () => {
  const ticket = await someTicketOf('partnermgr');
  const page = await browser.context.newPage();
  try {
    await partnerDesk(page, 'partnermgr', ticket);
    await checkScreen(page, 'partnermgr-ticket');
    await nav(page).getByRole('link', { name: 'Marketplace' }).click();
    // A partner manager's marketplace opens on the requests published to it.
    await page.getByRole('heading', { name: 'Requests for you' }).waitFor();
    await page.getByRole('tab', { name: 'Engagements' }).click();
    await page.getByRole('table', { name: 'Engagements' }).getByRole('row').nth(1).waitFor();
    await checkScreen(page, 'partnermgr-engagements');
  } finally {
    await page.close();
  }
});

test('an IT leader reads SLA performance and the business calendars', async () => {
  const page = await browser.context.newPage();
  try {
    await signIn(page, 'leader');
    await nav(page).getByRole('link', { name: 'Insights' }).click();
    await page
      .getByRole('heading', { name: /SLA compliance/i })
      .first()
      .waitFor();
    await checkScreen(page, 'leader-insights');
    await nav(page).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Business calendars', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Business hours', exact: true }).click();
    await page.getByRole('dialog').getByTestId('deadline').waitFor();
    await checkScreen(page, 'leader-calendar', { fullPage: false });
  } finally {
    await page.close();
  }
});

test('an executive reads the staffing requests and engagements', async () => {
  const page = await browser.context.newPage();
  try {
    await signIn(page, 'exec');
    await page.waitForURL(/\/insights$/);
    await nav(page).getByRole('link', { name: 'Marketplace' }).click();
    const requests = page.getByRole('table', { name: 'Staffing requests' });
    await requests.getByRole('row').nth(1).waitFor();
    await checkScreen(page, 'exec-staffing-requests');
    await requests.getByRole('row').nth(1).getByRole('button').first().click();
    await page
      .getByRole('dialog')
      .getByText(/Created by/)
      .waitFor();
    await checkScreen(page, 'exec-staffing-request', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /Engagements/ }).click();
    await page.getByRole('table', { name: 'Engagements' }).getByRole('row').nth(1).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Record engagement' }).count(), 0);
    await checkScreen(page, 'exec-engagements');
  } finally {
    await page.close();
  }
});
