// A hospital's first install, in Debian's Chromium, against an empty Medley (MEDLEY_DEMO=false):
//
//   MEDLEY_URL=http://127.0.0.1:8080 MEDLEY_SETUP_LINK='http://127.0.0.1:8080/setup?token=…' \
//     node --test e2e-setup/setup.test.mjs
//
// One journey, step by step, each step a function: it follows the setup link from the log, sets
// up the organisation and its first administrator, and lands signed in on the Admin area. Kept out
// of e2e/ because those journeys need the demo hospital, and this one needs Medley empty.
// The later steps of issue #18 (a calendar, an application, a group with a member, a routing rule,
// an invited agent who sets a password, a ticket that lands and is resolved) go after these.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, checkScreen, launch } from '../e2e/helpers.mjs';

const setupLink = process.env.MEDLEY_SETUP_LINK;

/** Who sets Medley up; later steps sign in as them. */
export const hospital = {
  name: 'Lakeview Medical Center',
  timeZone: 'America/Chicago',
  opens: '07:30',
  closes: '18:00',
};
export const admin = {
  name: 'Morgan Lee',
  email: 'morgan.lee@lakeview.example',
  password: 'quiet lantern harbour 42',
};

let browser;

before(async () => {
  assert.ok(setupLink, 'Set MEDLEY_SETUP_LINK to the setup link from Medley’s log');
  assert.ok(baseUrl, 'Set MEDLEY_URL to the Medley under test');
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Step: a phone opens the link first, to check the form fits; nothing is sent from it. */
async function setupFormFitsAPhone() {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await page.goto(setupLink);
    await page.getByRole('heading', { name: 'Set up Medley' }).waitFor();
    await page.getByRole('textbox', { name: /organisation name/i }).waitFor();
    await checkScreen(page, 'setup-form-390');
  } finally {
    await page.close();
  }
}

/** Step: the IT admin opens the link on a desktop and fills the one-page form. */
async function fillSetupForm(page) {
  await page.goto(setupLink);
  await page.getByRole('heading', { name: 'Set up Medley' }).waitFor();
  await page.getByRole('textbox', { name: /organisation name/i }).fill(hospital.name);
  const zone = page.getByRole('combobox', { name: /time zone/i });
  await zone.click();
  await zone.fill(hospital.timeZone);
  await page.getByRole('option', { name: hospital.timeZone, exact: true }).click();
  await page.getByLabel(/opens/i).fill(hospital.opens);
  await page.getByLabel(/closes/i).fill(hospital.closes);
  await page.getByRole('textbox', { name: /your name/i }).fill(admin.name);
  await page.getByRole('textbox', { name: /e-mail address/i }).fill(admin.email);
  await page
    .getByLabel(/^password/i)
    .first()
    .fill(admin.password);
  await checkScreen(page, 'setup-form');
}

/** Step: a common password is refused next to the field; a good one sets Medley up. */
async function finishSetup(page) {
  const password = page.getByLabel(/^password/i).first();
  await password.fill('password123456');
  await page.getByRole('button', { name: 'Set up Medley and sign in' }).click();
  await page.getByText(/too easy to guess|most common passwords/i).waitFor();
  await checkScreen(page, 'setup-refused-password');
  await password.fill(admin.password);
  await page.getByRole('button', { name: 'Set up Medley and sign in' }).click();
}

/** Step: the administrator is signed in on the Admin area, in the new organisation. */
async function landsSignedInOnAdmin(page) {
  await page.waitForURL(/\/admin$/);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.getByText(hospital.name).first().waitFor();
  await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
  await page.getByText('Loading…').waitFor({ state: 'detached' });
  await checkScreen(page, 'setup-done-admin');
}

/** Step: the link is spent: opening it again says so instead of showing the form. */
async function linkIsSpent() {
  const page = await browser.context.newPage();
  try {
    await page.goto(setupLink);
    await page.getByText(/already set up/i).waitFor();
    await checkScreen(page, 'setup-link-spent');
  } finally {
    await page.close();
  }
}

test('an empty Medley is set up from the link in its log, and the admin lands signed in', async () => {
  await setupFormFitsAPhone();
  const page = await browser.context.newPage();
  await fillSetupForm(page);
  await finishSetup(page);
  await landsSignedInOnAdmin(page);
  await linkIsSpent();
});
