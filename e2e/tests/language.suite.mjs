import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlLang, open } from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

export function languageSuite(ctx) {
  test('login page switches to Spanish and back', { timeout: 60_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'language-login', async (page) => {
      await open(page, '/login');
      assert.match((await htmlLang(page)) ?? '', /^en(-|$)/, 'login page should start in English');
      await checkA11y(page, 'login (English)');

      await page.getByRole('navigation', { name: 'Language', exact: true }).getByRole('link', { name: 'Español', exact: true }).click();
      await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).waitFor({ state: 'visible' });
      assert.match((await htmlLang(page)) ?? '', /^es(-|$)/, '<html lang> after choosing Español');
      await page.getByRole('navigation', { name: 'Idioma', exact: true }).waitFor({ state: 'visible' });
      await checkA11y(page, 'login (Spanish)');

      // The choice sticks across a reload.
      await page.reload();
      await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).waitFor({ state: 'visible' });
      assert.match((await htmlLang(page)) ?? '', /^es(-|$)/, '<html lang> after reload');

      await page.getByRole('navigation', { name: 'Idioma', exact: true }).getByRole('link', { name: 'English', exact: true }).click();
      await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor({ state: 'visible' });
      assert.match((await htmlLang(page)) ?? '', /^en(-|$)/, '<html lang> after choosing English');
      await checkA11y(page, 'login (English again)');
    });
  });
}
