import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectPath, heading1, newPasswordFor, open, signOut, submitLogin, submitPasswordChange } from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';
import { ROLES } from '../lib/server.mjs';

/** What each role's home <h1> is expected to say (only admin's is asserted; the rest are reported). */
const HOME_HEADING = {
  admin: 'Administration',
  reviewer: 'Review',
  liaison: 'Department',
  employee: 'Department',
  member: 'Working group',
  editor: 'Portal content',
  auditor: 'Audit log',
};

export function rolesSuite(ctx) {
  for (const role of ROLES) {
    test(`${role}: demo sign-in, forced password change, home, sign-out`, { timeout: 120_000 }, async (t) => {
      const { creds } = ctx;
      const email = creds.email(role);
      const demoPassword = creds.demoPassword(role);
      assert.ok(!creds.changed.has(role), `${role} already signed in earlier in this run`);

      await withPage(ctx.browser, ctx.server.baseURL, `role-${role}`, async (page) => {
        await open(page, '/login');
        await checkA11y(page, 'login');

        await submitLogin(page, email, demoPassword);
        await expectPath(page, '/account/password');
        await checkA11y(page, 'password change');

        const next = newPasswordFor(role);
        await submitPasswordChange(page, next, demoPassword);
        await expectPath(page, (p) => p !== '/account/password');
        creds.recordChange(role, next);
        await expectPath(page, '/');

        const h1 = await heading1(page);
        if (role === 'admin') assert.match(h1, /Administration/, 'admin home <h1>');
        if (!h1.includes(HOME_HEADING[role])) {
          t.diagnostic(`${role} home <h1> is "${h1}", expected it to contain "${HOME_HEADING[role]}"`);
        }
        await page.locator('header').getByRole('button', { name: 'Sign out', exact: true }).waitFor({ state: 'visible' });
        await checkA11y(page, `${role} home`);

        await signOut(page);
        await checkA11y(page, 'signed out');
      });
    });
  }
}
