import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectErrorSummary, expectFieldError, expectNotice, followNav, heading1, open, signIn, submitForm } from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

/** The portal's languages (code in the path, BCP 47 tag, direction) and its pages. */
const LANGS = [
  ['en', 'en', 'ltr'], ['es', 'es', 'ltr'], ['ko', 'ko', 'ltr'], ['zh-hans', 'zh-Hans', 'ltr'],
  ['zh-hant', 'zh-Hant', 'ltr'], ['hy', 'hy', 'ltr'], ['tl', 'tl', 'ltr'], ['fa', 'fa', 'rtl'],
  ['ru', 'ru', 'ltr'], ['vi', 'vi', 'ltr'], ['ja', 'ja', 'ltr'],
];
const PAGES = ['', 'what-to-do', 'rights', 'contacts', 'family', 'services', 'workers', 'card', 'city-employees', 'directory'];

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

  test('a resident searches the directory by language and by distance (a plain GET form, no scripts)', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'directory-search', async (page) => {
      await open(page, '/ko/directory');
      const names = async () => page.locator('li.service h3').allTextContents();
      // By language: the Korean-speaking services only.
      await page.locator('#f-language').selectOption('ko');
      await Promise.all([page.waitForURL(/language=ko/), page.locator('form.dir-search button[type=submit]').click()]);
      let found = await names();
      assert.ok(found.some((n) => n.includes('Koreatown')), `Korean: ${found}`);
      assert.ok(!found.some((n) => n.includes('Chinatown')), `Korean: ${found}`);
      assert.equal(await page.getAttribute('html', 'lang'), 'ko');
      await checkA11y(page, 'directory search by language (ko)');
      // By distance: within a mile of ZIP 90012, nearest first, in Spanish.
      await open(page, '/es/directory');
      await page.locator('#f-zip').fill('90012');
      await page.locator('#f-within').selectOption('1');
      await Promise.all([page.waitForURL(/zip=90012/), page.locator('form.dir-search button[type=submit]').click()]);
      found = await names();
      assert.equal(found.length, 2, `within a mile: ${found}`);
      assert.ok(found[0].includes('Chinatown') && found[1].includes('Little Tokyo'), `${found}`);
      assert.ok((await page.locator('.badge.example').count()) === 2, 'example entries are marked');
      // A ZIP code outside the county is named as the problem, in Farsi, right to left.
      const bad = await page.goto('/fa/directory?zip=10001');
      assert.equal(bad.status(), 400);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      await page.locator('.errors a[href="#f-zip"]').waitFor();
      assert.equal(await page.getAttribute('#f-zip', 'aria-invalid'), 'true');
      await checkA11y(page, 'directory search error (fa)');
      const cookies = await page.context().cookies();
      assert.equal(cookies.length, 0);
    });
  });

  test('an editor opens the directory import page (0 axe violations)', { timeout: 60_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'directory-import', async (page) => {
      await signIn(page, ctx.creds, 'editor');
      await open(page, '/directory/import');
      assert.equal(await heading1(page), 'Service directory: import and export');
      await checkA11y(page, 'directory import');
      // One entry written on the form, with a mistake first; then found by residents.
      await followNav(page, 'Directory entries', '/directory/entries');
      await checkA11y(page, 'directory entries list');
      await page.getByRole('link', { name: 'New directory entry' }).click();
      await page.waitForURL(/\/directory\/entries\/new$/);
      await page.getByLabel('Organisation').fill('Boyle Heights Tenants Desk');
      await page.getByLabel('Service name').fill('Tenant rights help');
      await page.getByLabel('ZIP code').fill('10001');
      assert.equal(await submitForm(page, page.getByRole('button', { name: 'Save' })), 422);
      await expectFieldError(page, 'What the service does', 'Fill this in.');
      await checkA11y(page, 'directory entry form with errors');
      await page.getByLabel('What the service does').fill('Help with leases and eviction notices.');
      await page.getByLabel('Street address').fill('1 Example Street');
      await page.getByLabel('City').fill('Los Angeles');
      await page.getByLabel('ZIP code').fill('90033');
      await page.getByRole('group', { name: 'Needs it helps with' }).getByLabel('Housing').check();
      await page.getByRole('group', { name: 'Languages spoken' }).getByLabel('Armenian').check();
      assert.equal(await submitForm(page, page.getByRole('button', { name: 'Save' })), 303);
      await expectNotice(page, 'Saved.');
      await open(page, '/hy/directory?need=housing&language=hy&zip=90033&within=2');
      assert.ok((await page.locator('li.service h3').allTextContents()).includes('Tenant rights help'));
    });
  });

  test('an editor drafts, publishes and translates a page; the board follows; the public sees only what is published', { timeout: 180_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'portal-pages', async (page) => {
      await signIn(page, ctx.creds, 'editor');
      await followNav(page, 'Portal pages', '/portal/pages');
      await checkA11y(page, 'portal pages board (empty)');
      const form = page.locator('form[action="/portal/pages"]');
      // A bad address and no text: named, nothing created.
      await form.getByLabel('Address (lower-case letters, digits and hyphens)').fill('Know Your Rights');
      assert.equal(await submitForm(page, form.getByRole('button')), 422);
      await expectErrorSummary(page);
      await expectFieldError(page, 'Address (lower-case letters, digits and hyphens)', 'Use lower-case letters, digits and single hyphens, up to 80 characters.');
      await expectFieldError(page, 'Title', 'Enter a title.');
      await checkA11y(page, 'portal pages board with errors');
      await form.getByLabel('Address (lower-case letters, digits and hyphens)').fill('rights-at-school');
      await form.getByLabel('Title').fill('Rights at school');
      await form.getByLabel('Text (Markdown)').fill('# At school\n\nSchools do not ask about **immigration status**.\n\n[Call 311](tel:311)');
      assert.equal(await submitForm(page, form.getByRole('button')), 303);
      await expectNotice(page, 'Saved.');
      await checkA11y(page, 'portal page editor (en, draft)');
      // Not public while it is a draft.
      const anon = await page.context().browser().newContext();
      const pub = await anon.newPage();
      assert.equal((await pub.goto(`${ctx.server.baseURL}/en/rights-at-school`)).status(), 404);
      const publish1 = page.getByRole('button', { name: 'Publish version 1', exact: true });
      await publish1.waitFor();
      await submitForm(page, publish1);
      await expectNotice(page, 'Published.');
      // Spanish: a translation draft, then published.
      await open(page, '/portal/pages');
      assert.match(await page.locator('#translation-board td[data-lang="en"]').innerText(), /Published v1/);
      assert.match(await page.locator('#translation-board td[data-lang="es"]').innerText(), /Missing/);
      await page.locator('#translation-board td[data-lang="es"] a').click();
      await page.waitForURL(/\/es$/);
      await page.getByLabel('Title').fill('Derechos en la escuela');
      await page.getByLabel('Text (Markdown)').fill('Las escuelas no preguntan por el **estatus migratorio**.');
      await submitForm(page, page.getByRole('button', { name: 'Save as a new draft version' }));
      await expectNotice(page, 'Saved.');
      await checkA11y(page, 'portal page editor (es, with English source)');
      await submitForm(page, page.getByRole('button', { name: 'Publish version 1' }));
      // English changes: the Spanish translation is flagged as outdated.
      await open(page, '/portal/pages');
      await page.locator('#translation-board td[data-lang="en"] a').click();
      await page.waitForURL(/\/en$/);
      await page.getByLabel('Text (Markdown)').fill('# At school\n\nUpdated: schools do not ask about immigration status.');
      await submitForm(page, page.getByRole('button', { name: 'Save as a new draft version' }));
      await submitForm(page, page.getByRole('button', { name: 'Publish version 2' }));
      await open(page, '/portal/pages');
      assert.match(await page.locator('#translation-board td[data-lang="es"]').innerText(), /Outdated/);
      assert.equal(await page.locator('#translation-board td[data-lang="es"].cell-outdated').count(), 1);
      await checkA11y(page, 'portal pages board (published, outdated, missing)');
      // The public pages: English v2, Spanish v1, Farsi falls back to English and says so.
      for (const [path, lang, dir, text, fallback] of [
        ['/en/rights-at-school', 'en', 'ltr', 'Updated: schools', 0],
        ['/es/rights-at-school', 'es', 'ltr', 'estatus migratorio', 0],
        ['/fa/rights-at-school', 'fa', 'rtl', 'Updated: schools', 1],
      ]) {
        const res = await pub.goto(`${ctx.server.baseURL}${path}`);
        assert.equal(res.status(), 200, path);
        assert.equal(await pub.getAttribute('html', 'lang'), lang);
        assert.equal(await pub.getAttribute('html', 'dir'), dir);
        assert.match(await pub.locator('main').innerText(), new RegExp(text));
        assert.equal(await pub.locator('.notice').count(), fallback, `${path} fallback note`);
        await checkA11y(pub, `editor page ${path}`);
      }
      await pub.goto(`${ctx.server.baseURL}/es/`);
      await pub.getByRole('link', { name: 'Derechos en la escuela' }).waitFor();
      assert.equal((await anon.cookies()).length, 0);
      await anon.close();
    });
  });
}
