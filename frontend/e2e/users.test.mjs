// An admin invites a person; the person sets a password on a phone and signs in by e-mail.
//
//   MEDLEY_URL=http://localhost:8080 node --test e2e/users.test.mjs
//
// Runs where Medley sends no e-mail (the default): the admin copies the one-time link.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkScreen, launch, signIn } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('an invited person sets a password from the copied link and signs in by e-mail', async () => {
  const admin = await browser.context.newPage();
  await signIn(admin, 'admin');
  await admin.getByRole('link', { name: 'Admin' }).first().click();
  await admin.getByRole('link', { name: 'Users' }).first().click();
  await admin
    .getByRole('button', { name: /Actions for / })
    .first()
    .waitFor();
  await checkScreen(admin, 'users-list');

  const email = `e2e.${Date.now()}@riverside-health.example`;
  await admin.getByRole('button', { name: 'Invite a person' }).first().click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: false }).first().fill('Noor Haddad');
  await dialog.getByLabel('E-mail address', { exact: false }).fill(email);
  await dialog.getByLabel('Service desk agent').check();
  await dialog.getByRole('button', { name: 'Invite' }).click();
  const link = (await admin.getByTestId('one-time-link').textContent()).trim();
  assert.match(link, /\/set-password#token=[\w-]{40,}$/);
  await checkScreen(admin, 'users-invited');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const phone = await browser.context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(link);
  await phone.getByRole('heading', { name: 'Welcome to Medley' }).waitFor();
  await checkScreen(phone, 'set-password-phone');
  const field = phone.getByLabel('Choose a password', { exact: false });
  await field.fill('noorhaddad2026');
  await phone.getByRole('button', { name: 'Set password' }).click();
  // The refusal shows beside the field and in the form's summary: either is it.
  await phone
    .getByText(/too easy to guess|common/i)
    .first()
    .waitFor();
  await field.fill('copper meadow violin tuesday');
  await phone.getByRole('button', { name: 'Set password' }).click();
  await phone.getByText('Your password is set', { exact: false }).waitFor();
  assert.equal(await phone.getByLabel('Username or e-mail').inputValue(), email);
  await phone.getByLabel('Password', { exact: false }).first().fill('copper meadow violin tuesday');
  await phone.getByRole('button', { name: 'Sign in', exact: true }).click();
  await phone.getByRole('button', { name: 'Sign out' }).waitFor();

  const again = await browser.context.newPage();
  await again.setViewportSize({ width: 390, height: 844 });
  await again.goto(link);
  await again.getByRole('heading', { name: 'This link no longer works' }).waitFor();
  await checkScreen(again, 'set-password-used-phone');
});
