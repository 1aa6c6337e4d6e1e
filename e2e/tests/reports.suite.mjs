import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  expectErrorSummary,
  expectFieldError,
  expectFieldValid,
  expectGroupError,
  expectNotice,
  expectPath,
  followNav,
  heading1,
  signIn,
  submitForm,
} from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

/** A property of the demo employee's and liaison's department (Recreation and Parks). */
const FACILITY = 'Recreation and Parks main office (demo)';
const NARRATIVE = 'Agent asked for Maria Lopez, said to call 213-555-0147, card showed A# 123-456-789.';
/** How long the liaison's queue may take to show a new report by itself. */
const LIVE_TIMEOUT_MS = 5_000;

const AREA = 'Which area?';
const AGENCIES = 'Agencies seen (choose all that apply)';
const ACTIVITIES = 'What happened (choose all that apply)';
const LOCATION = 'Address or cross streets (if the property is not in the list)';

/** On a report's page: the value (<dd>) given for `term` (<dt>). */
function fact(page, term) {
  return page.locator('dl.facts dt').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

/** The check box or radio button `option` in the group whose legend is `legend`. */
function choice(page, legend, option) {
  return page.getByRole('group', { name: legend, exact: true }).getByLabel(option, { exact: true });
}

/**
 * As the employee: open the form from the navigation, send it empty, then fill it in, check the
 * redacted preview and send it. Returns the new report's id.
 */
async function fileReport(page) {
  await followNav(page, 'Report federal enforcement activity', '/reports/new');
  assert.equal(await heading1(page), 'Report federal enforcement activity');
  const protocol = page.getByRole('complementary', { name: 'If federal agents are here', exact: true });
  await protocol.waitFor({ state: 'visible' });
  assert.equal(await protocol.getByRole('listitem').count(), 5, 'steps of the encounter protocol');
  const department = page.getByLabel('Department', { exact: true });
  assert.equal((await department.locator('option:checked').innerText()).trim(), 'Recreation and Parks', 'default department');
  assert.ok(await choice(page, 'Clothing', 'Unknown').isChecked(), '"Clothing" defaults to Unknown');
  await checkA11y(page, 'report form');

  const check = page.getByRole('button', { name: 'Check and continue', exact: true });
  assert.equal(await submitForm(page, check), 422, 'report without area, agency, activity or place answers 422');
  await expectErrorSummary(page);
  await expectGroupError(page, AREA, 'Choose one of the answers.');
  await expectGroupError(page, AGENCIES, 'Choose at least one.');
  await expectGroupError(page, ACTIVITIES, 'Choose at least one.');
  await expectFieldError(page, LOCATION, 'Choose a property, or give the address or cross streets.');
  await expectFieldValid(page, 'What happened, in your words');
  await checkA11y(page, 'report form with errors');

  await page.getByLabel('City property', { exact: true }).selectOption({ label: FACILITY });
  await choice(page, AREA, 'A public area').check();
  await choice(page, AGENCIES, 'ICE ERO').check();
  await choice(page, ACTIVITIES, 'Questioning').check();
  await page.getByLabel('What happened, in your words', { exact: true }).fill(NARRATIVE);
  assert.equal(await submitForm(page, check), 200, 'complete report answers with the preview');
  await expectPath(page, '/reports/preview');
  assert.equal(await heading1(page), 'Check your report');

  const narrative = (await page.locator('main p.redacted').first().innerText()).trim();
  for (const placeholder of ['[NAME]', '[PHONE]', '[A-NUMBER]']) {
    assert.ok(narrative.includes(placeholder), `preview narrative "${narrative}" lacks ${placeholder}`);
  }
  assert.ok(!narrative.includes('Maria'), `preview narrative "${narrative}" still names Maria`);
  const removed = page
    .getByRole('heading', { name: 'Removed before storing', level: 2, exact: true })
    .locator('xpath=following-sibling::*[1]');
  const items = (await removed.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
  for (const item of ['Name: Maria Lopez', 'Phone number: 213-555-0147']) {
    assert.ok(items.includes(item), `"Removed before storing" lists ${JSON.stringify(items)}, expected "${item}"`);
  }
  await checkA11y(page, 'report preview');

  await submitForm(page, page.getByRole('button', { name: 'Send report', exact: true }));
  await expectPath(page, (p) => /^\/reports\/\d+$/.test(p));
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('notice'), 'received', 'notice after sending');
  const id = Number(url.pathname.split('/').pop());
  await expectNotice(page, 'Received. Your report is stored');
  assert.equal(await heading1(page), `Report ${id}`);
  assert.ok(!(await page.content()).includes('Maria'), 'the stored report still names Maria');
  await checkA11y(page, 'report received');
  return id;
}

export function reportsSuite(ctx) {
  test('employee files a report; the liaison sees it arrive live and acknowledges it', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'reports-liaison-queue', async (queue) => {
      await signIn(queue, ctx.creds, 'liaison');
      // Subscribed before the report is sent, so its event cannot be missed.
      const subscribed = queue.waitForResponse((r) => new URL(r.url()).pathname === '/events');
      await followNav(queue, 'Reports', '/reports');
      assert.equal(await heading1(queue), 'Reports');
      assert.equal((await subscribed).status(), 200, 'GET /events');
      // Gone if the page reloads: the report must arrive without one.
      await queue.evaluate(() => {
        window.e2eSamePage = true;
      });

      let id;
      await withPage(ctx.browser, ctx.server.baseURL, 'reports-employee-files', async (page) => {
        await signIn(page, ctx.creds, 'employee');
        id = await fileReport(page);
      });

      const live = queue.locator('#live');
      await live
        .getByRole('link', { name: `Report ${id}`, exact: true })
        .waitFor({ state: 'visible', timeout: LIVE_TIMEOUT_MS })
        .catch(() => assert.fail(`report ${id} did not appear on the open /reports page within ${LIVE_TIMEOUT_MS} ms`));
      assert.equal(await queue.evaluate(() => window.e2eSamePage), true, '/reports was reloaded');
      await expectPath(queue, '/reports');
      assert.match(await queue.locator('#live-status').innerText(), /^Updated at /, 'live status after the update');
      await checkA11y(queue, 'reports queue after a live update');

      await submitForm(queue, live.getByRole('button', { name: `Acknowledge report ${id}`, exact: true }));
      await expectPath(queue, `/reports/${id}`);
      assert.equal(await heading1(queue), `Report ${id}`);
      assert.equal((await fact(queue, 'Status').innerText()).trim(), 'Acknowledged');
      assert.equal((await fact(queue, 'City property').innerText()).trim(), FACILITY);
      assert.equal(await queue.getByRole('button', { name: 'Acknowledge', exact: true }).count(), 0, 'Acknowledge button after acknowledging');
      await checkA11y(queue, 'acknowledged report');
    });
  });
}
