import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectPath, open, submitLogin } from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

export function loginErrorsSuite(ctx) {
  test('a wrong password keeps you on /login with an alert', { timeout: 60_000 }, async (t) => {
    await withPage(ctx.browser, ctx.server.baseURL, 'login-wrong-password', async (page) => {
      await open(page, '/login');
      await submitLogin(page, ctx.creds.email('member'), 'this-is-not-the-password-2026');
      await page.waitForLoadState('load');
      await expectPath(page, '/login');

      const alert = page.getByRole('alert');
      await alert.first().waitFor({ state: 'visible' });
      const text = (await alert.first().innerText()).trim();
      assert.ok(text.length > 0, 'the alert is empty');
      if (!/not correct/i.test(text)) t.diagnostic(`login error alert says "${text}" (expected it to contain "not correct")`);
      await checkA11y(page, 'login with error');
    });
  });
}
