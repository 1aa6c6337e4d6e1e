import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  chooseLanguage,
  departmentIdFromLink,
  expectErrorSummary,
  expectFieldError,
  expectFieldValid,
  expectNotice,
  expectPath,
  heading1,
  htmlLang,
  open,
  signIn,
  submitForm,
} from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

/** The demo liaison's department. */
const RAP = 'Recreation and Parks';

/** As admin: the id of the department called `name`, read from the link on /departments. */
async function departmentId(page, name) {
  await open(page, '/departments');
  return departmentIdFromLink(page, name);
}

/** As admin: open the Recreation and Parks page from the departments list; returns its id. */
async function openRap(page) {
  const id = await departmentId(page, RAP);
  await page.getByRole('link', { name: RAP, exact: true }).click();
  await expectPath(page, `/departments/${id}`);
  assert.equal(await heading1(page), RAP);
  return id;
}

export function departmentsSuite(ctx) {
  test('admin: add a facility, with errors first', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'admin-facility', async (page) => {
      await signIn(page, ctx.creds, 'admin');
      const rap = await openRap(page);
      await page.getByRole('heading', { name: 'Immigrant affairs liaisons', level: 2 }).waitFor({ state: 'visible' });
      await page.getByRole('heading', { name: 'Facilities (city properties)', level: 2 }).waitFor({ state: 'visible' });
      await checkA11y(page, `department ${RAP}`);

      await page.getByRole('link', { name: 'Add a facility', exact: true }).click();
      await expectPath(page, `/departments/${rap}/facilities/new`);
      assert.equal(await heading1(page), 'Add a facility');
      await checkA11y(page, 'new facility');

      const save = page.getByRole('button', { name: 'Save', exact: true });
      assert.equal(await submitForm(page, save), 422, 'empty facility form answers 422');
      await expectErrorSummary(page);
      await expectFieldError(page, 'Name', 'This is required.');
      await expectFieldError(page, 'Address', 'This is required.');
      await expectFieldValid(page, 'Latitude');
      await checkA11y(page, 'new facility with errors');

      await page.getByLabel('Name', { exact: true }).fill('E2E Test Yard');
      await page.getByLabel('Address', { exact: true }).fill('200 N Spring St');
      await page.getByLabel('Latitude', { exact: true }).fill('34.0537');
      await page.getByLabel('Longitude', { exact: true }).fill('-118.2428');
      await page.getByLabel('Areas not open to the public', { exact: true }).fill('Break room');
      await submitForm(page, save);
      await expectPath(page, `/departments/${rap}`);
      await expectNotice(page, 'Saved.');
      const facility = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: 'E2E Test Yard', level: 3, exact: true }) });
      await facility.waitFor({ state: 'visible' });
      const text = await facility.innerText();
      assert.match(text, /200 N Spring St/, 'facility address');
      assert.match(text, /Break room/, 'facility non-public areas');
      await checkA11y(page, `department ${RAP} with the new facility`);
    });
  });

  test('admin: set the backup liaison, with errors first', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'admin-backup-liaison', async (page) => {
      await signIn(page, ctx.creds, 'admin');
      const rap = await openRap(page);

      await page.getByRole('link', { name: 'Set the backup liaison', exact: true }).click();
      await expectPath(page, `/departments/${rap}/liaisons/backup`);
      assert.equal(await heading1(page), 'Backup liaison');

      const save = page.getByRole('button', { name: 'Save', exact: true });
      await page.getByLabel('Name', { exact: true }).fill('E2E Backup Liaison');
      await page.getByLabel('Job title', { exact: true }).fill('Program director');
      await page.getByLabel('Work email', { exact: true }).fill('nope');
      await page.getByLabel('Work phone', { exact: true }).fill('12');
      assert.equal(await submitForm(page, save), 422, 'bad liaison contact details answer 422');
      await expectErrorSummary(page);
      await expectFieldError(page, 'Work email', 'Enter an email address like name@lacity.org.');
      await expectFieldError(page, 'Work phone', 'Enter a phone number with 7 to 15 digits.');
      await expectFieldValid(page, 'Name');
      await checkA11y(page, 'backup liaison with errors');

      await page.getByLabel('Work email', { exact: true }).fill('e2e.backup@lacity.org');
      await page.getByLabel('Work phone', { exact: true }).fill('(213) 555-0199');
      await submitForm(page, save);
      await expectPath(page, `/departments/${rap}`);
      await expectNotice(page, 'Saved.');
      const backup = page.getByRole('region', { name: 'Backup liaison', exact: true });
      await backup.getByText('E2E Backup Liaison').waitFor({ state: 'visible' });
      await backup.getByRole('link', { name: 'e2e.backup@lacity.org', exact: true }).waitFor({ state: 'visible' });
      await checkA11y(page, `department ${RAP} with a backup liaison`);
    });
  });

  test('admin: departments without a liaison, issue and revoke an API token', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'admin-tokens', async (page) => {
      await signIn(page, ctx.creds, 'admin');

      await open(page, '/departments/without-liaison');
      assert.equal(await heading1(page), 'Departments without a liaison');
      await checkA11y(page, 'departments without a liaison');

      await open(page, '/admin/tokens');
      assert.equal(await heading1(page), 'API tokens');
      await checkA11y(page, 'API tokens');

      await page.getByLabel('Name', { exact: true }).fill('E2E kiosk');
      await page.getByLabel('Role', { exact: true }).selectOption({ label: "Reviewer (Mayor's Office of Immigrant Affairs)" });
      await page.getByLabel('Department', { exact: true }).selectOption({ label: 'No department' });
      await submitForm(page, page.getByRole('button', { name: 'Issue token', exact: true }));
      await expectPath(page, '/admin/tokens');
      assert.equal(await heading1(page), 'API token issued');
      const token = (await page.locator('main code').first().innerText()).trim();
      assert.match(token, /^amp_\S+$/, 'issued token');
      await checkA11y(page, 'API token issued');

      await open(page, '/admin/tokens');
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'E2E kiosk', exact: true }) });
      const revoke = row.getByRole('button', { name: 'Revoke token E2E kiosk', exact: true });
      await revoke.waitFor({ state: 'visible' });
      assert.equal((await revoke.innerText()).trim(), 'Revoke', 'revoke button text');
      await checkA11y(page, 'API tokens with one token');

      await submitForm(page, revoke);
      await expectPath(page, '/admin/tokens');
      await expectNotice(page, 'Saved.');
      await row.getByText('Revoked').waitFor({ state: 'visible' });
      assert.equal(await row.getByRole('button').count(), 0, 'a revoked token has no Revoke button');
      await checkA11y(page, 'API tokens with a revoked token');
    });
  });

  test('admin: create an account', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'admin-new-account', async (page) => {
      await signIn(page, ctx.creds, 'admin');

      await open(page, '/admin/users/new');
      assert.equal(await heading1(page), 'Add an account');
      await checkA11y(page, 'new account');

      await page.getByLabel('Email', { exact: true }).fill('e2e.person@lacity.org');
      await page.getByLabel('Name', { exact: true }).fill('E2E Person');
      await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Working-group member' });
      await page.getByLabel('Department', { exact: true }).selectOption({ label: 'No department' });
      await submitForm(page, page.getByRole('button', { name: 'Create account', exact: true }));
      await expectPath(page, '/admin/users');
      assert.equal(await heading1(page), 'Account created');
      await page.getByText('e2e.person@lacity.org').first().waitFor({ state: 'visible' });
      const password = (await page.locator('main code').first().innerText()).trim();
      assert.ok(password.length >= 15, `one-time password "${password}" is shorter than 15 characters`);
      await checkA11y(page, 'account created');
    });
  });

  test('liaison: sees only their department; another is not found', { timeout: 120_000 }, async () => {
    let libraryId;
    await withPage(ctx.browser, ctx.server.baseURL, 'admin-library-id', async (page) => {
      await signIn(page, ctx.creds, 'admin');
      libraryId = await departmentId(page, 'Library');
    });

    await withPage(ctx.browser, ctx.server.baseURL, 'liaison-scope', async (page) => {
      await signIn(page, ctx.creds, 'liaison');

      await open(page, '/departments');
      const rows = page.locator('table tr:has(td)');
      assert.equal(await rows.count(), 1, 'departments table rows for the liaison');
      await rows.getByRole('link', { name: RAP, exact: true }).waitFor({ state: 'visible' });
      assert.equal(await page.getByRole('link', { name: 'Library', exact: true }).count(), 0, 'Library is listed');

      const res = await page.goto(`/departments/${libraryId}`);
      assert.equal(res?.status(), 404, `GET /departments/${libraryId} as liaison`);
      assert.equal(await heading1(page), 'Not found');
      await checkA11y(page, 'not found');
    });
  });

  test('admin: pages in Spanish, then back to English', { timeout: 120_000 }, async () => {
    // The language is a cookie in this test's own browser context, so other tests never see it;
    // switching back checks the way back from Spanish.
    await withPage(ctx.browser, ctx.server.baseURL, 'admin-spanish', async (page) => {
      await signIn(page, ctx.creds, 'admin');
      await open(page, '/');

      await chooseLanguage(page, 'Language', 'Español', 'es');
      await expectPath(page, '/');
      assert.match((await htmlLang(page)) ?? '', /^es(-|$)/, '<html lang> of the admin home');
      assert.match(await heading1(page), /Administración/, 'admin home <h1> in Spanish');
      await checkA11y(page, 'admin home (Spanish)');

      await open(page, '/departments');
      assert.match((await htmlLang(page)) ?? '', /^es(-|$)/, '<html lang> of /departments');
      assert.equal(await heading1(page), 'Departamentos');
      await checkA11y(page, 'departments (Spanish)');

      await chooseLanguage(page, 'Idioma', 'English', 'en');
      await expectPath(page, '/departments');
      assert.equal(await heading1(page), 'Departments');
    });
  });
}
