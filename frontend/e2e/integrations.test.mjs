// An admin connects a partner's desk, tests it, and opens its operations.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/integrations.test.mjs
//
// The desk's address answers nothing (127.0.0.1:9), so the connection test fails with a reason.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiToken, checkScreen, launch, signIn } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('an admin adds a Request Tracker desk, tests it and opens its operations', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'admin');
  await page.goto(new URL('/admin/integrations', process.env.MEDLEY_URL).href);
  await page.getByRole('region', { name: 'Partner desks' }).waitFor();
  await page.getByRole('button', { name: 'Add connector' }).first().waitFor();
  await checkScreen(page, 'integrations-list-before');

  const name = `Northwind RT ${Date.now() % 100000}`;
  await page.getByRole('button', { name: 'Add connector' }).first().click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('Name', { exact: false }).first().fill(name);
  await drawer.getByLabel('Base URL', { exact: false }).fill('http://127.0.0.1:9');
  await drawer.locator('input[type="password"]').first().fill('rt-demo-token');
  await drawer.getByLabel('Queue', { exact: false }).fill('Hospital');
  await drawer.getByLabel('Integration user', { exact: false }).fill('medley');
  await drawer.getByLabel('Poll every', { exact: false }).fill('PT30S');
  await drawer.getByLabel('Webhook secret', { exact: false }).fill('demo-webhook-secret');
  await checkScreen(page, 'integrations-new-connector');
  await drawer.getByRole('button', { name: 'Add connector' }).click();
  await page.getByRole('button', { name: `Change ${name}` }).waitFor();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await checkScreen(page, 'integrations-list');

  await page.getByRole('button', { name: `Change ${name}` }).click();
  const edit = page.getByRole('dialog');
  await edit.getByText('A token is stored. Leave blank to keep it.').waitFor();
  await edit.getByRole('button', { name: 'Test connection' }).click();
  await edit.getByText('Connection failed').waitFor();
  await checkScreen(page, 'integrations-edit-tested');
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await page.getByRole('button', { name: `Operations of ${name}` }).click();
  const operations = page.getByRole('dialog', { name: `${name}: operations` });
  await operations.getByRole('heading', { name: 'Dead letters', exact: true }).waitFor();
  await operations.getByText('Loading', { exact: false }).first().waitFor({ state: 'detached' });
  await checkScreen(page, 'integrations-operations');
  assert.ok(
    await operations
      .getByText(/webhook/i)
      .first()
      .isVisible(),
  );
});

test("a TMF621 desk shows how its hub signs in and where Medley's listener stands", async () => {
  const page = await browser.context.newPage();
  const token = await apiToken(page.request, 'admin');
  const name = `Apex TMF621 ${Date.now() % 100000}`;
  const created = await page.request.post(
    new URL('/api/integrations/connectors', process.env.MEDLEY_URL).href,
    {
      headers: { Authorization: `Bearer ${token}` },
      data: {
        kind: 'TMF621',
        name,
        baseUrl: 'http://127.0.0.1:9',
        auth: {
          type: 'OAUTH2_CLIENT',
          tokenUrl: 'http://127.0.0.1:9/oauth/token',
          clientId: 'medley',
          clientSecret: 'partner-secret',
        },
        webhookSecret: 'demo-hub-client-secret',
      },
    },
  );
  assert.equal(created.status(), 201);
  const connector = await created.json();

  await signIn(page, 'admin');
  await page.goto(new URL('/admin/integrations', process.env.MEDLEY_URL).href);
  await page.getByRole('button', { name: `Operations of ${name}` }).click();
  const operations = page.getByRole('dialog', { name: `${name}: operations` });
  await operations.getByText('Hub listener').waitFor();
  await operations.getByText(connector.webhookTokenUrl).waitFor();
  await operations.getByText(`medley-connector-${connector.id}`).waitFor();
  await checkScreen(page, 'integrations-tmf621-hub');
});
