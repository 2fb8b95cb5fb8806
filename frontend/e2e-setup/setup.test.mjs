// A hospital's first install, in Debian's Chromium, against an empty Medley (MEDLEY_DEMO=false):
//
//   MEDLEY_URL=http://127.0.0.1:8080 MEDLEY_SETUP_LINK='http://127.0.0.1:8080/setup?token=…' \
//     node --test e2e-setup/setup.test.mjs
//
// One journey, step by step, each step a function, all through the screens (the API only looks
// things up): it follows the setup link from the log and sets up the organisation and its first
// administrator; the admin adds a business calendar, an application on it, invites an agent and a
// nurse (mail is off: the one-time links are read from the screen), gives the agent a staff record
// linked to their sign-in, creates an auto-assigning L1 group with the agent in it and a routing
// rule sending the application's tickets there; the agent and the nurse set passwords on a phone
// and sign in by e-mail; the nurse's ticket lands in the group, assigned to the agent, who resolves
// it. The time from the first step to the resolved ticket is printed. Kept out of e2e/ because
// those journeys need the demo hospital, and this one needs Medley empty.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiToken, baseUrl, checkScreen, launch } from '../e2e/helpers.mjs';

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

/** What the admin sets up: the lab system, its support hours, and the group that takes it. */
const calendar = { name: 'Lab support hours' };
const application = { name: 'Lab Information System', vendor: 'Sunquest', category: 'LABORATORY' };
const group = { name: 'Lab Systems Desk' };

/** Who the admin invites: an agent of that group, and a nurse who reports a problem. */
const agent = {
  slug: 'agent',
  name: 'Priya Raman',
  email: 'priya.raman@lakeview.example',
  password: 'amber kettle orchard 17',
  department: 'IT Service Desk',
  location: 'Main campus',
};
const nurse = {
  slug: 'nurse',
  name: 'Daniel Ortiz',
  email: 'daniel.ortiz@lakeview.example',
  password: 'violet canoe meadow 58',
  department: '4 West Nursing',
  location: 'Main campus',
};

const ticket = {
  title: 'Lab results do not show up for 4 West patients',
  description:
    'Since 7 am the results the lab has released do not appear in the lab system for our patients.',
  resolution:
    'The results interface was stopped after a restart. Restarted it; results flow again.',
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

// ---- The admin sets the desk up, all through the screens ----

/** Opens a page of the Admin area from its navigation, as the admin would. */
async function openAdminPage(page, label) {
  await page.getByRole('link', { name: 'Admin', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: label })
    .click();
}

/** Picks an option of a searchable Mantine select by typing part of it. */
async function choose(page, field, typed, option) {
  await field.click();
  await field.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Step: a calendar for the lab's support hours, weekdays 07:00–19:00 and Saturday mornings. */
async function addCalendar(page) {
  await openAdminPage(page, 'Business calendars');
  await page.getByRole('heading', { name: 'Business calendars', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'New calendar' }).click();
  const form = page.getByRole('form', { name: 'New business calendar' });
  await form.getByRole('textbox', { name: 'Name' }).fill(calendar.name);
  await choose(
    page,
    form.getByRole('combobox', { name: /Time zone/ }),
    hospital.timeZone,
    hospital.timeZone,
  );
  await form.getByLabel('Monday, hours 1, opens').fill('07:00');
  await form.getByLabel('Monday, hours 1, closes').fill('19:00');
  await form.getByRole('button', { name: 'Copy Monday to Tue–Fri' }).click();
  await form.getByRole('button', { name: 'Add hours to Saturday' }).click();
  await form.getByLabel('Saturday, hours 1, opens').fill('08:00');
  await form.getByLabel('Saturday, hours 1, closes').fill('12:00');
  await checkScreen(page, 'setup-calendar-new');
  await form.getByRole('button', { name: 'Create calendar' }).click();
  const detail = page.getByRole('dialog', { name: calendar.name });
  await detail.waitFor();
  await checkScreen(page, 'setup-calendar-created');
  await detail.getByRole('button', { name: 'Close calendar' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: calendar.name })
    .getByText('Mon–Fri 07:00–19:00')
    .waitFor();
}

/** Step: the lab system goes into the catalog, supported in the lab's hours. */
async function addApplication(page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Coverage' })
    .click();
  await page.getByRole('heading', { name: 'Coverage', level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'Applications and staff' }).click();
  await page.getByRole('button', { name: 'Add application' }).click();
  const drawer = page.getByRole('dialog', { name: 'New application' });
  await drawer.getByRole('textbox', { name: 'Name', exact: true }).fill(application.name);
  await drawer.getByRole('textbox', { name: 'Vendor name' }).fill(application.vendor);
  await drawer.getByRole('textbox', { name: 'Category' }).fill(application.category);
  await drawer.getByRole('textbox', { name: 'Criticality' }).fill('1');
  await drawer.getByRole('combobox', { name: 'Support window' }).click();
  await page.getByRole('option', { name: calendar.name }).click();
  await checkScreen(page, 'setup-application-new');
  await drawer.getByRole('button', { name: 'Save' }).click();
  await drawer.waitFor({ state: 'hidden' });
  await page
    .getByRole('row')
    .filter({ hasText: application.name })
    .getByText(calendar.name)
    .waitFor();
  await page.getByText('1 application', { exact: true }).waitFor();
}

/** Step: a person is invited; mail is off, so the screen shows the one-time link to pass on. */
async function invite(page, person, role) {
  await openAdminPage(page, 'Users');
  await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Invite a person' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Invite a person' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(person.name);
  await dialog.getByRole('textbox', { name: 'E-mail address' }).fill(person.email);
  await dialog.getByRole('checkbox', { name: role }).check();
  await dialog.getByRole('textbox', { name: 'Department' }).fill(person.department);
  await dialog.getByRole('textbox', { name: 'Location' }).fill(person.location);
  await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
  const invited = page.getByRole('dialog', { name: `${person.name} is invited` });
  const link = (await invited.getByTestId('one-time-link').textContent()).trim();
  assert.match(link, /\/set-password#token=[\w-]{40,}$/);
  await checkScreen(page, `setup-invited-${person.slug}`);
  await invited.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('row').filter({ hasText: person.email }).waitFor();
  return link;
}

/** Step: the agent's staff record, with shifts in the hospital's zone, signs in as the agent. */
async function addAgentStaffRecord(page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Coverage' })
    .click();
  await page.getByRole('tab', { name: 'Applications and staff' }).click();
  await page
    .getByRole('radiogroup', { name: 'Catalog' })
    .getByText('Staff', { exact: true })
    .click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const drawer = page.getByRole('dialog', { name: 'New staff member' });
  await drawer.getByRole('textbox', { name: 'Name' }).fill(agent.name);
  await drawer.getByRole('textbox', { name: 'E-mail' }).fill(agent.email);
  await choose(
    page,
    drawer.getByRole('combobox', { name: 'Signs in as' }),
    agent.name,
    `${agent.name} · ${agent.email}`,
  );
  await drawer.getByRole('textbox', { name: 'Team' }).fill('Lab Systems');
  await drawer.getByRole('textbox', { name: 'Time zone' }).fill(hospital.timeZone);
  await checkScreen(page, 'setup-staff-new');
  await drawer.getByRole('button', { name: 'Save' }).click();
  await drawer.waitFor({ state: 'hidden' });
  await page.getByRole('row').filter({ hasText: agent.name }).getByText(agent.email).waitFor();
  await page.getByText('1 person', { exact: true }).waitFor();
  await checkScreen(page, 'setup-staff-linked');
}

/** Step: the L1 group that takes the lab's tickets, handing each to whoever holds the fewest. */
async function addSupportGroup(page) {
  await openAdminPage(page, 'Support groups');
  await page.getByRole('button', { name: 'New group' }).click();
  const drawer = page.getByRole('dialog', { name: /New/ });
  await drawer.getByRole('textbox', { name: 'Name' }).fill(group.name);
  await choose(
    page,
    drawer.getByRole('combobox', { name: 'Calendar' }),
    calendar.name,
    new RegExp(calendar.name),
  );
  await drawer.getByRole('switch', { name: 'Assign new tickets automatically' }).check();
  await drawer.getByRole('radio', { name: /Fewest open tickets/ }).check();
  await checkScreen(page, 'setup-group-new');
  await drawer.getByRole('button', { name: 'Create group' }).click();
  await drawer.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: `Members of ${group.name}` }).click();
  const members = page.getByRole('dialog', { name: new RegExp(group.name) });
  await choose(
    page,
    members.getByRole('combobox', { name: 'Add a staff member' }),
    agent.name,
    new RegExp(agent.name),
  );
  await members.getByRole('button', { name: 'Add', exact: true }).click();
  await members.getByRole('button', { name: `Remove ${agent.name} from ${group.name}` }).waitFor();
  await checkScreen(page, 'setup-group-members');
  await page.keyboard.press('Escape');
  await members.waitFor({ state: 'hidden' });
  const row = page.getByRole('row').filter({ hasText: group.name });
  await row.getByText('Fewest open tickets').waitFor();
  await row.getByRole('button', { name: `Members of ${group.name}: 1 person` }).waitFor();
}

/** Step: an L1 rule sends the lab system's tickets to the group; the preview agrees. */
async function addRoutingRule(page) {
  await openAdminPage(page, 'Routing');
  await page.getByRole('button', { name: 'Add L1 rule' }).click();
  const editor = page.getByRole('dialog', { name: 'New L1 rule' });
  await choose(
    page,
    editor.getByRole('combobox', { name: 'Application', exact: true }),
    application.name.slice(0, 3),
    application.name,
  );
  await editor.getByRole('combobox', { name: 'Send to group' }).click();
  await page.getByRole('option', { name: group.name }).click();
  await checkScreen(page, 'setup-routing-rule');
  await editor.getByRole('button', { name: 'Add rule' }).click();
  await editor.waitFor({ state: 'hidden' });
  await page
    .getByRole('table', { name: 'L1 rules' })
    .getByRole('row')
    .filter({ hasText: application.name })
    .getByText(group.name, { exact: true })
    .waitFor();

  // Escalations from the new group are left to the L2 rules for now.
  await page.getByRole('heading', { name: 'When an L1 group escalates' }).waitFor();

  const preview = page.getByRole('region', { name: 'Where would this ticket go?' });
  await choose(
    page,
    preview.getByRole('combobox', { name: 'Application', exact: true }),
    application.name.slice(0, 3),
    application.name,
  );
  await preview.getByRole('textbox', { name: 'Title' }).fill(ticket.title);
  await preview.getByRole('button', { name: 'Show where it goes' }).click();
  await preview.getByRole('status').getByText(`Goes to ${group.name}`).waitFor();
  await checkScreen(page, 'setup-routing-preview');
}

/** Step: the checklist on the admin's home ticks what was just set up; SLAs and partners wait. */
async function checklistShowsTheProgress(page) {
  await openAdminPage(page, 'Overview');
  const checklist = page.getByRole('region', { name: 'Set up Medley' });
  await checklist.getByText('6 of 8 done').waitFor();
  for (const step of ['Applications', 'Staff', 'Support groups', 'Routing rules']) {
    const item = checklist
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: step }) });
    await item.getByText('Done').waitFor();
  }
  await checkScreen(page, 'setup-checklist-progress');
}

// ---- The invited people take over ----

/** Step: an invited person sets a password on a phone and signs in with their e-mail. */
async function setPasswordAndSignIn(person, link) {
  const phone = await browser.context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(link);
  await phone.getByRole('heading', { name: 'Welcome to Medley' }).waitFor();
  await phone.getByLabel('Choose a password', { exact: false }).fill(person.password);
  await phone.getByRole('button', { name: 'Set password' }).click();
  await phone.getByText('Your password is set', { exact: false }).waitFor();
  assert.equal(await phone.getByLabel('Username or e-mail').inputValue(), person.email);
  await phone.getByLabel('Password', { exact: false }).first().fill(person.password);
  await phone.getByRole('button', { name: 'Sign in', exact: true }).click();
  await phone.getByRole('button', { name: 'Sign out' }).waitFor();
  return phone;
}

/** Step: the agent lands on an empty queue of their own, not on "not linked to a staff record". */
async function agentLandsOnTheirQueue(page) {
  await page.getByRole('heading', { name: 'Workspace', level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'Mine 0', selected: true }).waitFor();
  await page.getByRole('tab', { name: 'My groups 0' }).waitFor();
  assert.equal(await page.getByText('not linked to a staff record').count(), 0);
  await checkScreen(page, 'setup-agent-signed-in-390');
}

/** Step: the nurse lands on the portal, with nothing reported yet. */
async function nurseLandsOnThePortal(page) {
  await page.getByText('You have not reported anything yet').waitFor();
  await checkScreen(page, 'setup-nurse-signed-in-390');
}

/** Step: the nurse reports that the lab system is down, in the portal. */
async function fileTicket(page) {
  await page.getByRole('link', { name: 'Report a problem or request something' }).first().click();
  const form = page.getByRole('form', { name: 'Report a problem or request something' });
  await choose(
    page,
    form.getByLabel(/Which application or system/),
    application.name.slice(0, 6),
    application.name,
  );
  await form.getByRole('textbox', { name: /In a few words, what is wrong/ }).fill(ticket.title);
  await form.getByRole('textbox', { name: /What happened/ }).fill(ticket.description);
  await form.getByRole('radio', { name: /My team or unit/ }).check();
  await form.getByRole('radio', { name: /It slows us down/ }).check();
  await form.getByRole('button', { name: 'Send to IT' }).click();
  await page.waitForURL(/\/portal\/tickets\/\d+$/);
  await page.getByRole('heading', { name: ticket.title, level: 1 }).waitFor();
  // Routing gave it to the group, and the group to the one member: the nurse is told who.
  await page.getByText(`${agent.name} from IT has your ticket`).waitFor();
  const number = (
    await page
      .getByText(/^(INC|REQ)-\d+$/)
      .first()
      .innerText()
  ).trim();
  await page.getByText('No files attached.').waitFor();
  await checkScreen(page, 'setup-portal-ticket-390');
  return { number, id: Number(new URL(page.url()).pathname.split('/').pop()) };
}

/** Step: the ticket is in the group and the agent's; the API says the same. */
async function landsWithTheAgent(filed) {
  const request = browser.context.request;
  const token = await apiToken(request, admin.email, admin.password);
  const { status, body } = await apiGet(request, token, `/api/tickets/${filed.id}`);
  assert.equal(status, 200, `GET /api/tickets/${filed.id}`);
  assert.equal(body.number, filed.number);
  assert.equal(body.applicationName, application.name);
  assert.equal(body.tier, 'L1');
  assert.equal(body.groupName, group.name);
  assert.equal(body.status, 'ASSIGNED');
  assert.equal(body.assigneeName, agent.name);
  // The assignee is the staff record the admin linked to the agent's sign-in.
  const staff = await apiGet(request, token, `/api/staff?q=${encodeURIComponent(agent.name)}`);
  assert.equal(staff.status, 200, 'GET /api/staff');
  const record = staff.body.items.find((person) => person.email === agent.email);
  assert.equal(body.assigneeId, record?.id);
  assert.equal(record.account?.email, agent.email);
}

/** Step: the agent finds it in their queue, opens it and resolves it. */
async function agentResolves(page, filed) {
  // Back at the desk: the workspace opens on the agent's own tickets.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(new URL('/workspace', baseUrl).href);
  await page.getByRole('heading', { name: 'Workspace', level: 1 }).waitFor();
  await page.getByRole('tab', { name: /^Mine/, selected: true }).waitFor();
  const row = page.getByTestId('ticket-row').filter({ hasText: filed.number });
  await row.getByText(group.name).waitFor();
  await row.getByText(agent.name).waitFor();
  await checkScreen(page, 'setup-agent-queue');
  await row.getByRole('link', { name: filed.number }).click();
  await page.getByRole('heading', { name: ticket.title, level: 1 }).waitFor();
  const startWork = page.getByRole('button', { name: 'Start work', exact: true });
  await startWork.click();
  await startWork.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Resolve…' }).click();
  const resolve = page.getByRole('dialog', { name: `Resolve ${filed.number}` });
  await resolve.getByLabel(/How was it resolved/).click();
  await page.getByRole('option', { name: 'Fixed', exact: true }).click();
  await resolve.getByRole('textbox', { name: /What was done/ }).fill(ticket.resolution);
  await resolve.getByRole('button', { name: 'Resolve', exact: true }).click();
  await resolve.waitFor({ state: 'hidden' });
  await page.getByText('Resolved', { exact: true }).first().waitFor();
  await checkScreen(page, 'setup-agent-resolved');
}

/** When the journey started: the elapsed time to the resolved ticket is reported. */
let started;
/** The admin's tab, kept signed in from setup on; the invited people's one-time links. */
let adminPage;
const links = {};

test('an empty Medley is set up from the link in its log, and the admin lands signed in', async () => {
  started = performance.now();
  await setupFormFitsAPhone();
  adminPage = await browser.context.newPage();
  await fillSetupForm(adminPage);
  await finishSetup(adminPage);
  await landsSignedInOnAdmin(adminPage);
  await linkIsSpent();
});

test('the admin adds a calendar, an application, people, a staffed group and a routing rule', async () => {
  assert.ok(adminPage, 'the setup did not finish');
  await addCalendar(adminPage);
  await addApplication(adminPage);
  links.agent = await invite(adminPage, agent, 'Service desk agent');
  links.nurse = await invite(adminPage, nurse, 'End user');
  await addAgentStaffRecord(adminPage);
  await addSupportGroup(adminPage);
  await addRoutingRule(adminPage);
  await checklistShowsTheProgress(adminPage);
});

test('the agent and a nurse set their passwords; the nurse’s ticket goes to the agent, who resolves it', async () => {
  assert.ok(links.agent && links.nurse, 'nobody was invited');
  const agentPage = await setPasswordAndSignIn(agent, links.agent);
  await agentLandsOnTheirQueue(agentPage);
  const nursePage = await setPasswordAndSignIn(nurse, links.nurse);
  await nurseLandsOnThePortal(nursePage);
  const filed = await fileTicket(nursePage);
  await landsWithTheAgent(filed);
  await agentResolves(agentPage, filed);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Empty Medley to the first resolved ticket, through the screens: ${seconds} s`);
});
