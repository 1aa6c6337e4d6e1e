import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectPath, heading1, open, signIn } from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

export function adminSuite(ctx) {
  test('departments list, a department, departments without a liaison', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'admin-departments', async (page) => {
      await signIn(page, ctx.creds, 'admin');

      await open(page, '/departments');
      assert.match(await heading1(page), /Departments/);
      const table = page.locator('table');
      await table.first().waitFor({ state: 'visible' });
      const rows = table.first().locator('tr:has(td)');
      assert.equal(await rows.count(), 46, 'departments table rows');
      const aging = page.getByRole('link', { name: 'Aging', exact: true });
      await aging.waitFor({ state: 'visible' });
      await checkA11y(page, 'departments');

      await aging.click();
      await expectPath(page, (p) => p !== '/departments');
      assert.match(await heading1(page), /Aging/);
      await checkA11y(page, 'department Aging');

      await open(page, '/departments/without-liaison');
      await heading1(page);
      await checkA11y(page, 'departments without liaison');
    });
  });

  test('users and audit log', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'admin-users-audit', async (page) => {
      await signIn(page, ctx.creds, 'admin');

      await open(page, '/admin/users');
      await heading1(page);
      await checkA11y(page, 'users');

      await open(page, '/audit');
      await heading1(page);
      await checkA11y(page, 'audit log (admin)');
    });
  });

  test('council district boundaries; public statistics without signing in', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'admin-districts', async (page) => {
      await signIn(page, ctx.creds, 'admin');
      await open(page, '/admin/districts');
      assert.equal(await heading1(page), 'Council district boundaries');
      assert.match(await page.locator('main').innerText(), /Demo districts/, 'the demo boundary file is in force');
      await checkA11y(page, 'council district boundaries');
    });
    await withPage(ctx.browser, ctx.server.baseURL, 'public-statistics', async (page) => {
      await open(page, '/statistics');
      assert.equal(await heading1(page), 'Public statistics');
      await page.getByRole('table').waitFor({ state: 'visible' });
      await checkA11y(page, 'public statistics');
      await open(page, '/statistics?by=district');
      await page.getByRole('table').waitFor({ state: 'visible' });
      await checkA11y(page, 'public statistics by district');
    });
  });

  test('auditor: audit log', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'auditor-audit', async (page) => {
      await signIn(page, ctx.creds, 'auditor');
      await open(page, '/audit');
      await heading1(page);
      await checkA11y(page, 'audit log (auditor)');
    });
  });
}
