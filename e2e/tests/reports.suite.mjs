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
  open,
  signIn,
  submitForm,
  submitQuery,
} from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

/** A property of the demo employee's and liaison's department (Recreation and Parks). */
const FACILITY = 'Recreation and Parks main office (demo)';
const NARRATIVE = 'Agent asked for Maria Lopez, said to call 213-555-0147, card showed A# 123-456-789.';
/** How long the liaison's queue may take to show a new report by itself. */
const LIVE_TIMEOUT_MS = 5_000;

const EVIDENCE = 'Two staff reports from the same property';
const SUGGESTIONS = 'Possibly the same event';

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

/** As the employee: open the form from the navigation and check its defaults. */
async function openReportForm(page) {
  await followNav(page, 'Report federal enforcement activity', '/reports/new');
  assert.equal(await heading1(page), 'Report federal enforcement activity');
  const protocol = page.getByRole('complementary', { name: 'If federal agents are here', exact: true });
  await protocol.waitFor({ state: 'visible' });
  assert.equal(await protocol.getByRole('listitem').count(), 5, 'steps of the encounter protocol');
  const department = page.getByLabel('Department', { exact: true });
  assert.equal((await department.locator('option:checked').innerText()).trim(), 'Recreation and Parks', 'default department');
  assert.ok(await choice(page, 'Clothing', 'Unknown').isChecked(), '"Clothing" defaults to Unknown');
  await checkA11y(page, 'report form');
}

/** On the report form: the demo main office, a public area, ICE ERO, Questioning, the narrative. */
async function fillReport(page) {
  await page.getByLabel('City property', { exact: true }).selectOption({ label: FACILITY });
  await choice(page, AREA, 'A public area').check();
  await choice(page, AGENCIES, 'ICE ERO').check();
  await choice(page, ACTIVITIES, 'Questioning').check();
  await page.getByLabel('What happened, in your words', { exact: true }).fill(NARRATIVE);
}

/**
 * On the filled-in report form: "Check and continue", check the redacted preview, "Send report".
 * Returns the new report's id.
 */
async function previewAndSend(page) {
  const check = page.getByRole('button', { name: 'Check and continue', exact: true });
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

/**
 * As the employee: open the form from the navigation, send it empty and check the errors, then
 * fill it in, check the redacted preview and send it. Returns the new report's id.
 */
async function fileReportCheckingErrors(page) {
  await openReportForm(page);

  const check = page.getByRole('button', { name: 'Check and continue', exact: true });
  assert.equal(await submitForm(page, check), 422, 'report without area, agency, activity or place answers 422');
  await expectErrorSummary(page);
  await expectGroupError(page, AREA, 'Choose one of the answers.');
  await expectGroupError(page, AGENCIES, 'Choose at least one.');
  await expectGroupError(page, ACTIVITIES, 'Choose at least one.');
  await expectFieldError(page, LOCATION, 'Choose a property, or give the address or cross streets.');
  await expectFieldValid(page, 'What happened, in your words');
  await checkA11y(page, 'report form with errors');

  await fillReport(page);
  return previewAndSend(page);
}

/** As the employee: file a complete report at FACILITY in one go. Returns the new report's id. */
async function fileReport(page) {
  await openReportForm(page);
  await fillReport(page);
  return previewAndSend(page);
}

/** On /incidents: open each "Incident N" link until one lists "Report <report>". Returns N. */
async function findIncidentOf(page, report) {
  await open(page, '/incidents');
  const table = page.getByRole('region', { name: 'Incidents', exact: true });
  const hrefs = await table.getByRole('link', { name: /^Incident \d+$/ }).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    const m = /^\/incidents\/(\d+)$/.exec(href ?? '');
    assert.ok(m, `incident link points at ${href}, expected /incidents/<id>`);
    await open(page, href);
    if ((await reportsOfIncident(page)).includes(`Report ${report}`)) return Number(m[1]);
  }
  assert.fail(`none of the ${hrefs.length} incidents on /incidents lists "Report ${report}"`);
}

/** On an incident's page: the names of the report links under "Reports". */
async function reportsOfIncident(page) {
  const list = page.getByRole('heading', { name: 'Reports', level: 2, exact: true }).locator('xpath=following-sibling::ul[1]');
  const names = await list.getByRole('link', { name: /^Report \d+$/ }).allInnerTexts();
  return names.map((t) => t.trim());
}

/** On an incident's page: the item for incident `id` under "Possibly the same event". */
function suggestion(page, id) {
  return page
    .getByRole('heading', { name: SUGGESTIONS, level: 2, exact: true })
    .locator('xpath=following-sibling::ul[1]')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: `Incident ${id}`, exact: true }) });
}

/**
 * On an incident's page, in "Change the state": the first next state is pre-selected; choose
 * `state` by its label, give the evidence (if any) and press "Record the change".
 */
async function changeState(page, state, evidence) {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Record the change', exact: true }) });
  await page.getByRole('heading', { name: 'Change the state', level: 2, exact: true }).waitFor({ state: 'visible' });
  const group = form.getByRole('group', { name: 'New state', exact: true });
  assert.ok(await group.getByRole('radio').first().isChecked(), 'the first next state is pre-selected');
  await group.getByLabel(state, { exact: true }).check();
  if (evidence) await form.getByLabel('Evidence used', { exact: true }).fill(evidence);
  await submitForm(page, form.getByRole('button', { name: 'Record the change', exact: true }));
}

/** On an incident's page: the History table's rows as { change, evidence }. */
async function historyChanges(page) {
  const table = page.getByRole('region', { name: 'History', exact: true }).getByRole('table');
  const headers = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim());
  const change = headers.indexOf('Change');
  const evidence = headers.indexOf('Evidence used');
  assert.ok(change >= 0 && evidence >= 0, `History columns ${JSON.stringify(headers)}`);
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((td) => td.innerText.trim())));
  return rows.map((cells) => ({ change: cells[change], evidence: cells[evidence] }));
}

/** Step 5, dashboard: the confirmed incident is listed and counted, the chart and map drawn. */
async function dashboardShows(page, incident) {
  await followNav(page, 'Dashboard', '/dashboard');
  assert.equal(await heading1(page), 'Dashboard');
  const live = page.locator('#live');
  await live
    .getByRole('link', { name: `Incident ${incident}`, exact: true })
    .waitFor({ state: 'visible' })
    .catch(() => assert.fail(`incident ${incident} is not listed on the dashboard`));
  const row = live.getByRole('row').filter({ has: page.getByRole('link', { name: `Incident ${incident}`, exact: true }) });
  assert.match(await row.innerText(), /Recreation and Parks/, 'department of the incident on the dashboard');
  assert.match(await row.innerText(), /Confirmed/, 'state of the incident on the dashboard');
  await page.getByRole('img', { name: 'Incidents per day', exact: true }).waitFor({ state: 'visible' });
  const byDepartment = page.getByRole('region', { name: 'By department', exact: true });
  assert.match(await byDepartment.innerText(), /Recreation and Parks/, 'count by department');
  // Leaflet, served by amparo, draws the district boundaries and the incident points.
  const map = page.locator('#map.leaflet-container');
  await map.waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelectorAll('#map path.leaflet-interactive').length > 15, null, { timeout: 5_000 })
    .catch(() => assert.fail('the map drew no boundaries or points'));
  await checkA11y(page, 'dashboard');

  // Filtering by the state keeps the incident; another department's filter drops it.
  await page.getByLabel('State', { exact: true }).selectOption({ label: 'Confirmed' });
  await submitQuery(page, page.getByRole('button', { name: 'Filter', exact: true }));
  await expectPath(page, '/dashboard');
  assert.equal(await page.locator('#live').getByRole('link', { name: `Incident ${incident}`, exact: true }).count(), 1, 'confirmed filter');
  await page.getByLabel('From', { exact: true }).fill('2030-01-02');
  await page.getByLabel('To', { exact: true }).fill('2030-01-01');
  assert.equal(await submitQuery(page, page.getByRole('button', { name: 'Filter', exact: true })), 422, 'a reversed range answers 422');
  await expectFieldError(page, 'From', 'The start date must not be after the end date.');
  await checkA11y(page, 'dashboard with a filter error');
}

/** Step 5, briefing: today's printable briefing lists the incident as confirmed. */
async function briefingShows(page, incident) {
  await followNav(page, 'Daily briefing', '/briefing');
  assert.match(await heading1(page), /^Daily briefing for \d{4}-\d{2}-\d{2}$/);
  const confirmed = page.getByRole('region', { name: 'Confirmed incidents', exact: true });
  await confirmed
    .getByRole('link', { name: `Incident ${incident}`, exact: true })
    .waitFor({ state: 'visible' })
    .catch(() => assert.fail(`incident ${incident} is not under "Confirmed incidents" in the briefing`));
  assert.match(await confirmed.innerText(), /Recreation and Parks/, 'department heading in the briefing');
  const fresh = page.getByRole('region', { name: 'New incidents', exact: true });
  assert.equal(await fresh.getByRole('link', { name: `Incident ${incident}`, exact: true }).count(), 1, 'the incident began today');
  await checkA11y(page, 'daily briefing');
}

export function reportsSuite(ctx) {
  /** Report A: filed by the employee in the first test, used again by the incidents test. */
  let reportA;

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
        id = await fileReportCheckingErrors(page);
      });
      reportA = id;

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

  test('a second report at the same property: the reviewer merges the incidents and confirms', { timeout: 120_000 }, async () => {
    assert.ok(reportA, 'report A was not filed by the previous test');

    let reportB;
    await withPage(ctx.browser, ctx.server.baseURL, 'incidents-employee-files-second', async (page) => {
      await signIn(page, ctx.creds, 'employee');
      reportB = await fileReport(page);
    });
    assert.notEqual(reportB, reportA, 'report B is a new report');

    await withPage(ctx.browser, ctx.server.baseURL, 'incidents-reviewer-merges-and-confirms', async (page) => {
      await signIn(page, ctx.creds, 'reviewer');
      await followNav(page, 'Incidents', '/incidents');
      assert.equal(await heading1(page), 'Incidents');
      await checkA11y(page, 'incidents list');

      const incidentA = await findIncidentOf(page, reportA);
      const incidentB = await findIncidentOf(page, reportB);
      assert.notEqual(incidentA, incidentB, `reports ${reportA} and ${reportB} each open an incident of their own`);

      await open(page, `/incidents/${incidentA}`);
      assert.equal(await heading1(page), `Incident ${incidentA}`);
      assert.deepEqual(await reportsOfIncident(page), [`Report ${reportA}`], 'reports before merging');
      const suggested = suggestion(page, incidentB);
      await suggested.waitFor({ state: 'visible' }).catch(() => assert.fail(`incident ${incidentB} is not under "${SUGGESTIONS}"`));
      assert.match(await suggested.innerText(), /same property/, `why incident ${incidentB} is suggested`);
      await checkA11y(page, 'incident before merging');

      const merge = suggested.getByRole('button', { name: `Merge into this incident: incident ${incidentB}`, exact: true });
      assert.equal((await merge.innerText()).trim(), 'Merge into this incident', 'merge button text');
      await submitForm(page, merge);
      await expectPath(page, `/incidents/${incidentA}`);
      assert.equal(await heading1(page), `Incident ${incidentA}`);
      assert.deepEqual(
        (await reportsOfIncident(page)).sort(),
        [`Report ${reportA}`, `Report ${reportB}`].sort(),
        'reports after merging',
      );
      assert.equal(await suggestion(page, incidentB).count(), 0, `incident ${incidentB} is still suggested after merging`);
      await checkA11y(page, 'incident after merging');

      for (const [next, evidence] of [
        ['Acknowledged', ''],
        ['Verifying', ''],
        ['Confirmed', EVIDENCE],
      ]) {
        await changeState(page, next, evidence);
        await expectPath(page, `/incidents/${incidentA}`);
        assert.equal((await fact(page, 'State').innerText()).trim(), next, `state after choosing ${next}`);
      }
      const history = await historyChanges(page);
      for (const change of [/^Report merged in/, /^State changed → Confirmed/]) {
        assert.ok(history.some((row) => change.test(row.change)), `History ${JSON.stringify(history)} lacks ${change}`);
      }
      const confirmed = history.find((row) => /^State changed → Confirmed/.test(row.change));
      assert.equal(confirmed.evidence, EVIDENCE, 'evidence recorded with the confirmation');
      await checkA11y(page, 'confirmed incident');

      await dashboardShows(page, incidentA);
      await briefingShows(page, incidentA);
    });
  });
}
