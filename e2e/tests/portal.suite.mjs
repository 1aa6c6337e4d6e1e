import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heading1, open, signIn } from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

/** The portal's languages (code in the path, BCP 47 tag, direction) and its pages. */
const LANGS = [
  ['en', 'en', 'ltr'], ['es', 'es', 'ltr'], ['ko', 'ko', 'ltr'], ['zh-hans', 'zh-Hans', 'ltr'],
  ['zh-hant', 'zh-Hant', 'ltr'], ['hy', 'hy', 'ltr'], ['tl', 'tl', 'ltr'], ['fa', 'fa', 'rtl'],
  ['ru', 'ru', 'ltr'], ['vi', 'vi', 'ltr'], ['ja', 'ja', 'ltr'],
];
const PAGES = ['', 'what-to-do', 'rights', 'contacts', 'family', 'services', 'workers', 'card', 'city-employees'];

export function portalSuite(ctx) {
  test('every public page in every language: lang and dir, no cookies, no untranslated parts, 0 axe violations', { timeout: 600_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'portal-walk', async (page) => {
      for (const [code, tag, dir] of LANGS) {
        for (const slug of PAGES) {
          const path = `/${code}/${slug}`;
          const res = await open(page, path);
          assert.equal(await page.getAttribute('html', 'lang'), tag, `${path} lang`);
          assert.equal(await page.getAttribute('html', 'dir'), dir, `${path} dir`);
          assert.equal(res.headers()['set-cookie'], undefined, `${path} sets no cookie`);
          assert.equal(await page.locator('.notice').count(), 0, `${path} is fully translated`);
          await checkA11y(page, `portal ${path}`);
        }
      }
      const cookies = await page.context().cookies();
      assert.equal(cookies.length, 0, 'no cookie was set by any public page');
    });
  });

  test('a resident switches language from the rights page and finds the hotline', { timeout: 60_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'portal-switch', async (page) => {
      await open(page, '/en/rights');
      await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'فارسی' }).click();
      await page.waitForURL((u) => u.pathname === '/fa/rights');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      await page.locator('a[href="tel:+18886244752"]').first().waitFor();
    });
  });

  test('an editor opens the directory import page (0 axe violations)', { timeout: 60_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'directory-import', async (page) => {
      await signIn(page, ctx.creds, 'editor');
      await open(page, '/directory/import');
      assert.equal(await heading1(page), 'Service directory: import and export');
      await checkA11y(page, 'directory import');
    });
  });
}
