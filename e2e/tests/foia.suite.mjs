import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { expectErrorSummary, expectPath, followNav, heading1, open, signIn, submitForm } from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

const LA_RELEASE = fileURLToPath(new URL('../../crates/ice-records/tests/fixtures/la-arrests-sample.csv', import.meta.url));

/** The request page's "Record what happened" form: choose a state and fill in the fields. */
async function move(page, state, fields) {
  const form = page.locator('form[action*="/transition"]');
  await form.getByLabel('New state', { exact: true }).selectOption({ label: state });
  for (const [label, value] of Object.entries(fields)) {
    await form.getByLabel(label, { exact: true }).fill(value);
  }
  return submitForm(page, form.getByRole('button', { name: 'Record', exact: true }));
}

export function foiaSuite(ctx) {
  test('MOIA files the FOIA request, records the acknowledgement, uploads a production and reads the analysis', { timeout: 180_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'foia-flow', async (page) => {
      await signIn(page, ctx.creds, 'reviewer');
      await followNav(page, 'FOIA to ICE', '/foia');
      assert.equal(await heading1(page), 'FOIA requests to ICE');
      await checkA11y(page, 'foia list');

      // 1. Create the request from the directive's template, and submit it.
      await page.getByRole('link', { name: 'New request', exact: true }).click();
      await expectPath(page, '/foia/new');
      const sought = await page.getByLabel('Records sought', { exact: true }).inputValue();
      assert.match(sought, /whereabouts/, 'the template names the directive\'s items');
      await checkA11y(page, 'new request form');
      await page.getByLabel('Subject', { exact: true }).fill('');
      assert.equal(await submitForm(page, page.getByRole('button', { name: 'Save', exact: true })), 422);
      await expectErrorSummary(page);
      await checkA11y(page, 'request form with an error');
      await page.getByLabel('Subject', { exact: true }).fill('ICE enforcement in Los Angeles since June 2025');
      await submitForm(page, page.getByRole('button', { name: 'Save', exact: true }));
      await expectPath(page, (p) => /^\/foia\/\d+$/.test(p));
      const requestPath = new URL(page.url()).pathname;
      await page.getByText('Deadlines appear once the request is submitted.').waitFor();
      await checkA11y(page, 'draft request');
      assert.equal(await move(page, 'Submitted', { On: '2025-07-14', Note: 'Sent to the ICE FOIA office by email.' }), 303);
      assert.equal((await page.locator('#foia-state').innerText()).trim(), 'Submitted');

      // 2. The acknowledgement: the day ICE received it, the tracking number, the due date.
      await move(page, 'Acknowledged', {
        On: '2025-07-16',
        'Day ICE received the request (from the acknowledgement), if it says': '2025-07-15',
        'Tracking number': '2025-ICFO-12345',
      });
      await expectPath(page, requestPath);
      const due = page.locator('#deadlines').getByRole('row').filter({ hasText: 'Response due' }).first();
      assert.match(await due.innerText(), /2025-08-12/, 'response due 20 working days after receipt');
      assert.match(await due.innerText(), /20 working days after receipt on 2025-07-15/);
      await page.getByText(/Response overdue by \d+ working days/).first().waitFor();
      await checkA11y(page, 'acknowledged request with deadlines');
      await open(page, `${requestPath}/letter`);
      assert.match(await page.locator('article.letter').innerText(), /5 U\.S\.C\. 552/);
      await checkA11y(page, 'printable letter');

      // 3. A production: the LA release is uploaded, imported and analysed.
      await open(page, `/foia/productions`);
      await checkA11y(page, 'productions');
      await page.getByLabel('File', { exact: true }).setInputFiles(LA_RELEASE);
      await page.getByLabel('Request it answers', { exact: true }).selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Upload', exact: true }).click();
      await expectPath(page, (p) => /^\/foia\/productions\/\d+$/.test(p), 60_000);
      assert.equal((await page.locator('#production-status').innerText()).trim(), 'Imported');
      assert.equal((await page.locator('#imported').innerText()).trim(), '1363');
      await checkA11y(page, 'import report');
      await page.getByRole('link', { name: 'Analysis of ICE records', exact: true }).click();
      await expectPath(page, '/foia/analysis');
      assert.equal(await heading1(page), 'Analysis of ICE records');
      const criminality = page.locator('section').filter({ has: page.getByRole('heading', { name: 'By criminality', exact: true }) });
      assert.match(await criminality.innerText(), /Convicted criminal\s+731/);
      await checkA11y(page, 'analysis');
      await open(page, '/foia/deadlines?received=2025-11-26&extension=yes');
      await checkA11y(page, 'deadline calculator');
    });
  });
}
