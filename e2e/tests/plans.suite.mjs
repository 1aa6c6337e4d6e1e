import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectErrorSummary, expectFieldError, expectPath, followNav, heading1, open, signIn, submitForm } from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

const DIRECTIVE = 'ED 17';
const DEPARTMENT = 'Recreation and Parks';
const ELEMENTS = ['Properties', 'Contacts'];
const CHANGE_REQUEST = 'Name the properties with a parking lot.';

/** Today in Los Angeles, as YYYY-MM-DD. */
function laToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date());
}

/** On a plan's editor: the text box and the self-assessment of element `title`. */
function element(page, title) {
  return {
    body: page.getByLabel(`What the department does: ${title}`, { exact: true }),
    assess: (label) =>
      page.getByRole('group', { name: `Self-assessment: ${title}`, exact: true }).getByLabel(label, { exact: true }),
  };
}

/** As the reviewer, on a plan: give each element a verdict and press the decision's button. */
async function decide(page, verdicts, button) {
  const form = page.locator('form.review');
  for (const [title, verdict, comment] of verdicts) {
    const group = form.getByRole('group', { name: new RegExp(`^\\d+\\. ${title}$`) });
    await group.getByLabel(verdict, { exact: true }).check();
    if (comment) await form.getByLabel(`Comment: ${title}`, { exact: true }).fill(comment);
  }
  return submitForm(page, form.getByRole('button', { name: button, exact: true }));
}

/** The compliance board's row for the department, under the directive. */
async function boardRow(page, directiveId) {
  await open(page, `/compliance?directive=${directiveId}`);
  assert.equal(await heading1(page), 'Compliance board');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: DEPARTMENT, exact: true }) });
  return (await row.innerText()).replace(/\s+/g, ' ');
}

export function plansSuite(ctx) {
  test('a liaison drafts and submits a plan; the reviewer asks for changes, then approves; the board shows it on time', { timeout: 180_000 }, async () => {
    let directiveId;
    let planPath;
    await withPage(ctx.browser, ctx.server.baseURL, 'plans-admin-adds-directive', async (page) => {
      await signIn(page, ctx.creds, 'admin');
      await followNav(page, 'Directives', '/directives');
      assert.equal(await heading1(page), 'Directives');
      await checkA11y(page, 'directives');
      await page.getByLabel('Number (e.g. ED 17)', { exact: true }).fill(DIRECTIVE);
      await page.getByLabel('Title', { exact: true }).fill('City properties at risk of use as staging areas');
      await page.getByLabel('Signed on', { exact: true }).fill(laToday());
      await page.getByLabel('Deadline (e.g. "15 calendar days", "10 business days" or a date)', { exact: true }).fill('a fortnight');
      await page.getByLabel('Required elements, one per line', { exact: true }).fill(ELEMENTS.map((e) => `${e}: what to write`).join('\n'));
      assert.equal(await submitForm(page, page.getByRole('button', { name: 'Add the directive', exact: true })), 422);
      await expectErrorSummary(page);
      await checkA11y(page, 'directive form with an error');
      await page.getByLabel('Deadline (e.g. "15 calendar days", "10 business days" or a date)', { exact: true }).fill('15 calendar days');
      await submitForm(page, page.getByRole('button', { name: 'Add the directive', exact: true }));
      await expectPath(page, '/compliance');
      directiveId = new URL(page.url()).searchParams.get('directive');
      assert.ok(directiveId, 'the board opens on the new directive');
    });

    // 1. The liaison drafts the plan and submits it.
    await withPage(ctx.browser, ctx.server.baseURL, 'plans-liaison-submits', async (page) => {
      await signIn(page, ctx.creds, 'liaison');
      await followNav(page, 'Preparedness plan', '/plans');
      await checkA11y(page, 'my plans');
      await page.getByRole('link', { name: new RegExp(`^${DIRECTIVE}:`) }).click();
      await expectPath(page, (p) => /^\/plans\/\d+$/.test(p));
      planPath = new URL(page.url()).pathname;
      assert.equal(await heading1(page), `Preparedness plan: ${DEPARTMENT}`);
      // Submitting with an element unanswered names it.
      await element(page, ELEMENTS[0]).body.fill('The yard behind the community centre.');
      await element(page, ELEMENTS[0]).assess('Complete').check();
      assert.equal(await submitForm(page, page.getByRole('button', { name: 'Submit the plan', exact: true })), 422);
      await expectErrorSummary(page);
      await checkA11y(page, 'plan with an unanswered element');
      assert.equal(await element(page, ELEMENTS[0]).body.inputValue(), 'The yard behind the community centre.', 'what was typed is kept');
      await element(page, ELEMENTS[1]).body.fill('The facilities manager opens the gate.');
      await element(page, ELEMENTS[1]).assess('Complete').check();
      await submitForm(page, page.getByRole('button', { name: 'Submit the plan', exact: true }));
      await expectPath(page, planPath);
      assert.equal((await page.locator('#plan-status').innerText()).trim(), 'Submitted, awaiting review');
      await checkA11y(page, 'submitted plan');

      // Training: one session recorded, counted against the headcount.
      await page.getByRole('link', { name: 'Training records', exact: true }).click();
      await expectPath(page, (p) => /^\/departments\/\d+\/training$/.test(p));
      await page.getByLabel('Date', { exact: true }).fill('2026-11-20');
      await page.getByLabel('Topic', { exact: true }).fill('Warrants and non-public areas');
      await page.getByLabel('Number trained', { exact: true }).fill('12');
      await submitForm(page, page.getByRole('button', { name: 'Record the session', exact: true }));
      await page.getByRole('cell', { name: 'Warrants and non-public areas', exact: true }).waitFor({ state: 'visible' });
      await checkA11y(page, 'training records');
    });

    // 2. The reviewer requests changes on one element.
    await withPage(ctx.browser, ctx.server.baseURL, 'plans-reviewer-requests-changes', async (page) => {
      await signIn(page, ctx.creds, 'reviewer');
      await followNav(page, 'Compliance board', '/compliance');
      await open(page, `/compliance?directive=${directiveId}`);
      await page.getByRole('link', { name: DEPARTMENT, exact: true }).click();
      await expectPath(page, planPath);
      assert.equal(await page.getByRole('textbox', { name: `What the department does: ${ELEMENTS[0]}` }).count(), 0, 'reviewers cannot edit the text');
      await checkA11y(page, 'plan under review');
      await decide(page, [[ELEMENTS[0], 'Needs changes', CHANGE_REQUEST], [ELEMENTS[1], 'Meets the directive']], 'Request changes');
      await expectPath(page, planPath);
      assert.equal((await page.locator('#plan-status').innerText()).trim(), 'Changes requested');
    });

    // 3. The liaison revises.
    await withPage(ctx.browser, ctx.server.baseURL, 'plans-liaison-revises', async (page) => {
      await signIn(page, ctx.creds, 'liaison');
      await open(page, planPath);
      await page.getByText(`The reviewer asked for changes: ${CHANGE_REQUEST}`).waitFor({ state: 'visible' });
      await element(page, ELEMENTS[0]).body.fill('The yard behind the community centre and the pool parking lot.');
      await checkA11y(page, 'plan with changes requested');
      await submitForm(page, page.getByRole('button', { name: 'Submit the plan', exact: true }));
      await expectPath(page, planPath);
      assert.equal((await page.locator('#plan-status').innerText()).trim(), 'Submitted, awaiting review');
    });

    // 4. The reviewer approves; 5. the board shows it approved and on time.
    await withPage(ctx.browser, ctx.server.baseURL, 'plans-reviewer-approves', async (page) => {
      await signIn(page, ctx.creds, 'reviewer');
      await open(page, planPath);
      await page.getByRole('link', { name: 'changes since version 1' }).click();
      await expectPath(page, `${planPath}/diff`);
      assert.match(await page.locator('ins').allInnerTexts().then((t) => t.join(' ')), /pool parking lot/, 'the diff shows what was added');
      await checkA11y(page, 'plan diff');
      await open(page, planPath);
      await decide(page, [[ELEMENTS[0], 'Meets the directive'], [ELEMENTS[1], 'Meets the directive']], 'Approve the plan');
      await expectPath(page, planPath);
      assert.equal((await page.locator('#plan-status').innerText()).trim(), 'Approved');
      const row = await boardRow(page, directiveId);
      assert.match(row, /Approved/, `board row "${row}"`);
      assert.match(row, /submitted on time/, `board row "${row}"`);
      assert.match(row, /2 \/ 2/, `elements met in "${row}"`);
      await checkA11y(page, 'compliance board');
      await open(page, `${planPath}/versions/2`);
      assert.match(await page.locator('main').innerText(), /Approval record[\s\S]*approved/);
      await checkA11y(page, 'printable plan version');
    });
  });
}
