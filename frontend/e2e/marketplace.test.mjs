// The staffing marketplace of issue #21 in Debian's Chromium: a leader turns a fresh coverage gap
// into a staffing request and publishes it to a shortlist, Northwind's partner manager proposes
// two named people (one new, one of its analysts already at the hospital), a second partner (Apex,
// whose manager the test invites) proposes through the API, and the leader compares both and
// accepts Northwind's: the engagement exists, its people count in the matrix from their start date
// (today here; the day rule itself is ContractedStaffTest's, on an injected day) and the gap turns
// GOOD, and a ticket routed to the engagement's group is picked up by Northwind's partner agent.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/marketplace.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiToken, baseUrl, checkScreen, launch, signIn, signOut } from './helpers.mjs';

let browser;
let api;

before(async () => {
  // Imports and the what-if comparison take their time.
  browser = await launch({ timeout: 20_000 });
  // The API behind the journey (bearer tokens; the browser's own session is not used).
  api = browser.context.request;
});

after(async () => {
  await browser?.close();
});

const url = (path) => new URL(path, baseUrl).href;

async function apiSend(token, method, path, data) {
  const response = await api.fetch(url(path), {
    method,
    data,
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = await response.text();
  return { status: response.status(), body: body ? JSON.parse(body) : null };
}

/**
 * A partner manager of Apex, made the way an administrator would: invited into Apex's
 * organisation, the one-time link used to set a password. Returns a bearer token.
 */
async function apexManagerToken() {
  const admin = await apiToken(api, 'admin');
  const organizations = await apiGet(api, admin, '/api/users/organizations');
  assert.equal(organizations.status, 200);
  const apex = organizations.body.find((o) => /Apex/.test(o.name));
  assert.ok(apex, 'the demo has the partner Apex');
  const email = `apex.manager.${Date.now()}@apex.example`;
  const invited = await apiSend(admin, 'POST', '/api/users/invitations', {
    email,
    displayName: 'Marcus Bell',
    roles: ['partner-manager'],
    organizationId: apex.id,
  });
  assert.equal(invited.status, 201, JSON.stringify(invited.body));
  const token = new URL(invited.body.invitation.link).hash.replace(/^#token=/, '');
  const password = 'apex copper meadow violin';
  const set = await api.post(url('/api/password-links/password'), { data: { token, password } });
  assert.ok(set.ok(), `setting Apex's manager's password: ${set.status()}`);
  return apiToken(api, email, password);
}

const name = `Bedside Glucose Meters ${Date.now()}`;
let requestTitle;

/** Today in the hospital's zone: the matrix counts people by the hospital's day, not UTC's. */
function hospitalToday(zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
}

test('the staffing marketplace from a gap to an engagement', async () => {
  const page = await browser.context.newPage();
  try {
    // 1. The leader makes a fresh gap (a new application nobody supports) and a request from it.
    await signIn(page, 'leader');
    await page.goto(url('/coverage?tab=data'));
    const section = page.getByRole('region', { name: 'Applications' });
    await section.locator('input[type=file]').setInputFiles({
      name: 'applications.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `name,vendor,category,criticality,lifecycle,calendar\n${name},Abbott,LABORATORY,1,LIVE,Business hours\n`,
      ),
    });
    await section.getByText('1 rows: 1 added, 0 updated.').waitFor();
    await page.getByRole('tab', { name: /Gaps and risks/ }).click();
    await page.getByText('Gaps only').click();
    const gap = page.getByRole('article', { name });
    await gap.getByRole('button', { name: 'Create staffing request' }).click();
    const create = page.getByRole('dialog', { name: 'Create staffing request' });
    await create.waitFor();
    const end = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    await create.getByLabel(/^End/).fill(end);
    await create.getByLabel('Notes for partners').fill('Remote is fine; nights matter most.');
    await create.getByRole('button', { name: 'Create request' }).click();
    await create.waitFor({ state: 'hidden' });
    await gap.getByRole('link', { name: new RegExp(name) }).click();
    await page.waitForURL(/\/marketplace/);

    // 2. It opens, ranks the partners and is published to a shortlist of two.
    const row = page
      .getByRole('table', { name: 'Staffing requests' })
      .getByRole('row')
      .filter({ hasText: name });
    requestTitle = (await row.getByRole('button').first().innerText()).trim();
    await row.getByRole('button', { name: requestTitle }).click();
    const drawer = page.getByRole('dialog', { name: 'Staffing request' });
    await drawer.getByText('Not published yet').waitFor();
    const ranked = drawer.getByRole('region', { name: 'Matching partners' });
    await ranked.getByRole('listitem').first().waitFor();
    assert.match(await ranked.innerText(), /Northwind Managed Services/);
    await checkScreen(page, 'marketplace-request-matches', { fullPage: false });

    await drawer.getByRole('button', { name: 'Publish…' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish to partners' });
    await publish.getByRole('radio', { name: 'A shortlist' }).check();
    await publish.getByRole('checkbox', { name: /Northwind Managed Services/ }).check();
    await publish.getByRole('checkbox', { name: /Apex Clinical IT Staffing/ }).check();
    await checkScreen(page, 'marketplace-publish', { fullPage: false });
    await publish.getByRole('button', { name: 'Publish to the shortlist' }).click();
    await publish.waitFor({ state: 'hidden' });
    await drawer.getByText(/Northwind Managed Services \(since/).waitFor();
    await drawer.getByText('Published', { exact: true }).first().waitFor();
    await page.keyboard.press('Escape');
    await signOut(page);

    // 3. Northwind's partner manager finds it under "Requests for you" and proposes two people.
    await signIn(page, 'partnermgr');
    // partnermgr is a partner agent too: it lands on the partner desk.
    await page.goto(url('/marketplace'));
    const card = page.getByRole('listitem', { name: requestTitle });
    await card.waitFor();
    await checkScreen(page, 'marketplace-requests-for-you');
    await card.getByRole('button', { name: `Propose for ${requestTitle}` }).click();
    const editor = page.getByRole('dialog', { name: 'New proposal' });
    const first = editor.getByRole('group', { name: 'Person 1', exact: true });
    await first.getByLabel(/^Name/).fill('Lena Ortiz');
    await first.getByLabel(/^Title/).fill('Lab systems analyst');
    await first.getByLabel(/^E-mail/).fill(`lena.ortiz.${Date.now()}@northwind.example`);
    await first.getByRole('button', { name: 'Add Weekdays 07:00–19:00 for person 1' }).click();
    // The first person starts with the request's application at its level.
    assert.equal(
      await first
        .getByRole('group', { name: 'Skill 1 of person 1', exact: true })
        .getByRole('combobox', { name: 'Application' })
        .inputValue(),
      name,
    );
    await editor.getByRole('button', { name: 'Add a person' }).click();
    const second = editor.getByRole('group', { name: 'Person 2', exact: true });
    // Sam already works Northwind's overnight desk here: he keeps his record and joins the group.
    await second.getByLabel(/^Name/).fill('Sam Okafor');
    await second.getByLabel(/^E-mail/).fill('sam.okafor@riverside-health.example');
    // Sam keeps his own overnight shifts: he is already on the hospital's staff.
    await second.getByRole('button', { name: 'Add Nights 19:00–07:00 for person 2' }).click();
    const skill = second.getByRole('group', { name: 'Skill 1 of person 2', exact: true });
    await skill.getByRole('combobox', { name: 'Application' }).click();
    await page.getByRole('option', { name }).click();
    await editor.getByLabel(/^Hourly rate/).fill('95');
    await editor
      .getByRole('textbox', { name: 'Tier' })
      .or(editor.getByRole('combobox', { name: 'Tier' }))
      .click();
    await page.getByRole('option', { name: 'L1', exact: true }).click();
    // They start today, so the matrix counts them now.
    const leaderNow = await apiToken(api, 'leader');
    const imported = (await apiGet(api, leaderNow, '/api/coverage/matrix')).body.applications.find(
      (a) => a.name === name,
    );
    await editor.getByLabel(/^Start date/).fill(hospitalToday(imported.zone));
    await editor.getByLabel('Notes for the hospital').fill('Lena covers the days, Sam the nights.');
    await editor.getByRole('button', { name: 'Submit proposal' }).click();
    await editor.getByText(/Submitted: the hospital can now compare it/).waitFor();
    await checkScreen(page, 'marketplace-proposal-submitted', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Our proposals' }).click();
    const ours = page
      .getByRole('table', { name: 'Our proposals' })
      .getByRole('row')
      .filter({ hasText: requestTitle });
    await ours.getByText('Submitted', { exact: true }).waitFor();
    await checkScreen(page, 'marketplace-our-proposals');
    await page.getByRole('tab', { name: 'Our profile' }).click();
    await page.getByRole('heading', { name: /our profile/ }).waitFor();
    await checkScreen(page, 'marketplace-our-profile');
    // On a phone the inbox reads without scrolling sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('tab', { name: 'Requests for you' }).click();
    await page.getByRole('listitem', { name: requestTitle }).waitFor();
    await checkScreen(page, 'marketplace-requests-for-you-phone');
    await page.setViewportSize({ width: 1440, height: 900 });
    await signOut(page);

    // 4. Apex proposes too, through the API, as its (new) manager.
    const apex = await apexManagerToken();
    const leader = await apiToken(api, 'leader');
    const published = await apiGet(api, leader, '/api/staffing-requests?status=PUBLISHED&size=100');
    const theRequest = published.body.items.find((r) => r.title === requestTitle);
    assert.ok(theRequest, 'the request is published');
    const draft = await apiSend(apex, 'POST', '/api/proposals', {
      staffingRequestId: theRequest.id,
      people: [
        {
          name: 'Grace Kim',
          email: `grace.kim.${Date.now()}@apex.example`,
          title: 'Laboratory systems engineer',
          zone: 'America/Chicago',
          capacityHours: 40,
          shifts: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((day) => ({
            day,
            from: '08:00',
            to: '17:00',
          })),
          skills: theRequest.applications.map((a) => ({ applicationId: a.id, level: 4 })),
        },
      ],
      hourlyRate: 120,
      tier: 'L3',
      commitments: { responseMinutes: 60, resolutionHours: 24 },
      startsOn: theRequest.startsOn,
      notes: 'Business hours only.',
    });
    assert.equal(draft.status, 201, JSON.stringify(draft.body));
    const submitted = await apiSend(apex, 'POST', `/api/proposals/${draft.body.id}/submit`, {
      version: draft.body.version,
    });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    // Apex never reads Northwind's proposal.
    const apexSees = await apiGet(api, apex, `/api/proposals?staffingRequestId=${theRequest.id}`);
    assert.ok(apexSees.body.items.every((p) => p.partner.name.startsWith('Apex')));

    // 5. The leader compares both and accepts Northwind's, saying why.
    await signIn(page, 'leader');
    await page.goto(url('/marketplace'));
    // The status filter is a segmented control: its labels take the click.
    await page.getByText('Published', { exact: true }).first().click();
    const again = page
      .getByRole('table', { name: 'Staffing requests' })
      .getByRole('row')
      .filter({ hasText: name });
    await again.getByRole('button', { name: requestTitle }).click();
    const detail = page.getByRole('dialog', { name: 'Staffing request' });
    await detail.getByRole('button', { name: 'Compare proposals' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare proposals' });
    const table = compare.getByRole('table', { name: 'Proposals side by side' });
    await table.getByRole('columnheader', { name: /Northwind Managed Services/ }).waitFor();
    await table.getByRole('columnheader', { name: /Apex Clinical IT Staffing/ }).waitFor();
    await table.getByText('Lena Ortiz').waitFor();
    await table.getByText('Grace Kim').waitFor();
    await table.getByText('Sam Okafor').waitFor();
    const changes = table.getByRole('row').filter({ hasText: 'Applications that change' });
    await changes.getByText(name).first().waitFor();
    await checkScreen(page, 'marketplace-compare', { fullPage: false });

    await table
      .getByRole('button', { name: 'Accept the proposal of Northwind Managed Services' })
      .click();
    const decide = page.getByRole('dialog', {
      name: 'Accept the proposal of Northwind Managed Services',
    });
    await decide.getByRole('button', { name: 'Accept proposal' }).click();
    await decide.getByText('Say why, for the partner and the record').waitFor();
    await decide
      .getByLabel('Comment', { exact: false })
      .fill('Nights and days both covered; Apex covers business hours only.');
    await checkScreen(page, 'marketplace-accept', { fullPage: false });
    await decide.getByRole('button', { name: 'Accept proposal' }).click();
    await decide.waitFor({ state: 'hidden' });
    await compare.getByText('Accepted the proposal of Northwind Managed Services').waitFor();
    await checkScreen(page, 'marketplace-accepted', { fullPage: false });

    // 6. The engagement exists, made from the proposal, and the list shows it.
    const accepted = await apiGet(
      api,
      leader,
      `/api/proposals?staffingRequestId=${theRequest.id}&status=ACCEPTED`,
    );
    assert.equal(accepted.body.items.length, 1);
    const proposal = accepted.body.items[0];
    assert.equal(proposal.partner.name, 'Northwind Managed Services');
    assert.ok(proposal.engagementId, 'accepting made an engagement');
    const engagement = await apiGet(api, leader, `/api/engagements/${proposal.engagementId}`);
    assert.equal(engagement.status, 200);
    assert.equal(engagement.body.partner.name, 'Northwind Managed Services');
    assert.equal(engagement.body.proposalId, proposal.id);
    assert.equal(engagement.body.startsOn, proposal.startsOn);

    await compare.getByRole('link', { name: 'See the engagements' }).click();
    await page
      .getByRole('table', { name: 'Engagements' })
      .getByRole('button', { name: engagement.body.name })
      .waitFor();
    await checkScreen(page, 'marketplace-engagement');

    // The hospital's partner directory, with the detail of one partner.
    await page.getByRole('tab', { name: 'Partners' }).click();
    const partners = page.getByRole('list', { name: 'Partners' });
    await partners.getByRole('listitem', { name: 'Northwind Managed Services' }).waitFor();
    await checkScreen(page, 'marketplace-partners');
    await partners.getByRole('button', { name: 'Northwind Managed Services' }).click();
    await page.getByRole('dialog', { name: 'Partner' }).getByRole('table').waitFor();
    await checkScreen(page, 'marketplace-partner', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Partner' }).waitFor({ state: 'hidden' });
    // As a phone opens it (resizing a desktop window keeps the tab strip's desktop layout).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('list', { name: 'Partners' }).waitFor();
    await checkScreen(page, 'marketplace-partners-phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    // 7. From today its people count in the matrix: the gap is GOOD.
    const matrix = await apiGet(api, leader, '/api/coverage/matrix');
    const app = matrix.body.applications.find((a) => a.name === name);
    assert.equal(app.status, 'GOOD', JSON.stringify(app));
    await page.goto(url('/coverage'));
    await page.getByRole('tab', { name: /Gaps and risks/ }).click();
    await page.getByText('Gaps only').click();
    await page.getByRole('article').first().waitFor();
    assert.equal(await page.getByRole('article', { name }).count(), 0, 'no longer a gap');
    await checkScreen(page, 'marketplace-gap-closed');
    await signOut(page);

    // 8. A routing rule sends the application's new tickets to the engagement's group; a nurse
    // files one and Northwind's partner agent picks it up on the partner desk.
    const admin = await apiToken(api, 'admin');
    const group = engagement.body.groups[0];
    const rule = await apiSend(admin, 'POST', '/api/routing-rules', {
      tier: 'L1',
      groupId: group.id,
      applicationIds: [app.id],
    });
    assert.equal(rule.status, 201, JSON.stringify(rule.body));
    const nurse = await apiToken(api, 'enduser');
    const filed = await apiSend(nurse, 'POST', '/api/tickets', {
      type: 'INCIDENT',
      title: `${name} reads HI on every strip`,
      description: 'All meters on 4 West since this morning.',
      applicationId: app.id,
      impact: 2,
      urgency: 2,
    });
    assert.equal(filed.status, 201, JSON.stringify(filed.body));
    assert.equal(filed.body.group?.id ?? filed.body.groupId, group.id, 'routed to the group');
    await signIn(page, 'partner');
    await page.goto(url(`/partner/tickets/${filed.body.id}`));
    await page.getByRole('button', { name: 'Pick up' }).first().click();
    await page.getByRole('button', { name: 'Pick up' }).first().waitFor({ state: 'hidden' });
    await checkScreen(page, 'marketplace-partner-picks-up');
    const picked = await apiGet(
      api,
      await apiToken(api, 'partner'),
      `/api/tickets/${filed.body.id}`,
    );
    assert.match(JSON.stringify(picked.body), /Sam Okafor/);
    await signOut(page);
  } finally {
    await page.close();
  }
});
