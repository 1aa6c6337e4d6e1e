import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFieldError, expectNotice, followNav, open, signIn, signOut, submitForm } from '../lib/app.mjs';
import { checkA11y } from '../lib/axe.mjs';
import { withPage } from '../lib/browser.mjs';

export function workingGroupSuite(ctx) {
  test('the admin sets up the group; the chair schedules a meeting; the member subscribes to its calendar', { timeout: 180_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'working-group', async (page) => {
      await signIn(page, ctx.creds, 'admin');
      await followNav(page, 'Working group', '/wg');
      await checkA11y(page, 'working group (admin, empty)');
      const org = page.locator('form[action="/wg/organisations"]');
      assert.equal(await submitForm(page, org.getByRole('button')), 422);
      await expectFieldError(page, 'Organisation name', 'Fill this in.');
      await checkA11y(page, 'working group with errors');
      await org.getByLabel('Organisation name').fill('Mayor\u2019s Office of Immigrant Affairs');
      await org.getByLabel('City department').check();
      assert.equal(await submitForm(page, org.getByRole('button')), 303);
      await expectNotice(page, 'Saved.');
      const add = page.locator('form[action="/wg/members"]');
      await add.getByLabel('Account').selectOption({ label: `Demo member (${ctx.creds.email('member')})` });
      await add.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Mayor\u2019s Office of Immigrant Affairs' });
      await add.getByLabel('Chair').check();
      assert.equal(await submitForm(page, add.getByRole('button')), 303);
      await page.locator('#member-list').getByText('Demo member').waitFor();
      await add.getByLabel('Account').selectOption({ label: `Demo second member (${ctx.creds.email('member-2')})` });
      await add.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Mayor\u2019s Office of Immigrant Affairs' });
      await add.getByLabel('Member', { exact: true }).check();
      assert.equal(await submitForm(page, add.getByRole('button')), 303);
      await page.locator('#member-list').getByText('Demo second member').waitFor();
      await signOut(page);

      await signIn(page, ctx.creds, 'member');
      await open(page, '/wg');
      await page.getByRole('link', { name: 'Schedule a meeting' }).click();
      await page.waitForURL(/\/wg\/meetings\/new$/);
      await checkA11y(page, 'schedule a meeting');
      await page.getByLabel('Title').fill('Guidelines, first reading');
      await page.getByLabel('Date').fill('2026-12-03');
      await page.getByLabel('Starts (HH:MM)').fill('10:00');
      await page.getByLabel('Ends (HH:MM)').fill('09:00');
      assert.equal(await submitForm(page, page.getByRole('button', { name: 'Schedule a meeting' })), 422);
      await expectFieldError(page, 'Ends (HH:MM)', 'The meeting must end after it starts.');
      await page.getByLabel('Ends (HH:MM)').fill('12:00');
      await page.getByLabel('Place').fill('City Hall, Room 1060');
      await page.getByLabel('Agenda (Markdown)').fill('1. Welcome\n2. Draft sections 1-3');
      assert.equal(await submitForm(page, page.getByRole('button', { name: 'Schedule a meeting' })), 303);
      await expectNotice(page, 'Saved.');
      assert.match(await page.locator('main').innerText(), /2026-12-03 10:00–12:00/);
      await checkA11y(page, 'meeting page');
      // A document for the agenda: refused without a title, then attached.
      const attach = page.locator('form[action*="/documents"]');
      await attach.getByLabel('File').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('## Section 2\nProposed wording.') });
      assert.equal(await submitForm(page, attach.getByRole('button', { name: 'Attach a document' })), 422);
      await expectFieldError(page, 'Title of the document', 'This is required.');
      await checkA11y(page, 'meeting page with a document error');
      await attach.getByLabel('Title of the document').fill('Section 2, proposed wording');
      await attach.getByLabel('File').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('## Section 2\nProposed wording.') });
      assert.equal(await submitForm(page, attach.getByRole('button', { name: 'Attach a document' })), 303);
      const doc = page.locator('#document-list').getByRole('link', { name: 'Section 2, proposed wording' });
      const download = await page.request.get(new URL(await doc.getAttribute('href'), ctx.server.baseURL).href);
      assert.equal(download.status(), 200);
      assert.equal(await download.text(), '## Section 2\nProposed wording.');
      // After the meeting: minutes, decisions, attendance, and an action item already late.
      const record = page.locator('form[action$="/record"]');
      await record.getByLabel('Minutes').fill('Read sections 1 to 3.');
      await record.getByLabel('Decisions').fill('- Circulate the draft for comment');
      await record.getByRole('checkbox').first().check();
      assert.equal(await submitForm(page, record.getByRole('button')), 303);
      await page.locator('#attended li').first().waitFor();
      const action = page.locator('form[action$="/actions"]');
      await action.getByLabel('What is to be done').fill('Comment on section 2');
      await action.getByLabel('Owner').selectOption({ index: 1 });
      await action.getByLabel('Due date').fill('2020-01-01');
      assert.equal(await submitForm(page, action.getByRole('button')), 303);
      await page.locator('#action-list li.overdue').waitFor();
      await checkA11y(page, 'meeting page with minutes and action items');
      await open(page, '/wg');
      await page.locator('#overdue-list').getByText('Comment on section 2').waitFor();
      assert.equal(await submitForm(page, page.getByRole('button', { name: 'Make my calendar address' })), 200);
      const url = (await page.locator('#calendar-url').innerText()).trim();
      await checkA11y(page, 'working group with a new calendar address');
      const res = await page.request.get(url.replace(/^https?:\/\/[^/]+/, ctx.server.baseURL));
      assert.equal(res.status(), 200);
      const ics = await res.text();
      assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
      assert.match(ics, /DTSTART:20261203T180000Z\r\n/);
    });
  });

  test('a member drafts a guideline, a second member saves version 2 and comments, the chair compares, adopts and publishes', { timeout: 120_000 }, async () => {
    await withPage(ctx.browser, ctx.server.baseURL, 'guidelines', async (page) => {
      await signIn(page, ctx.creds, 'member');
      await followNav(page, 'Guidelines', '/wg/guidelines');
      await checkA11y(page, 'guidelines (empty)');
      const form = page.locator('form[action="/wg/guidelines"]');
      await form.getByLabel('Title').fill('Responding to immigration enforcement');
      await form.getByLabel('Text (Markdown; "## " starts a numbered section)').fill('No sections yet');
      assert.equal(await submitForm(page, form.getByRole('button')), 422);
      await expectFieldError(page, 'Text (Markdown; "## " starts a numbered section)', 'Start at least one section with a "## " heading.');
      await form.getByLabel('Text (Markdown; "## " starts a numbered section)').fill('## Scope\nAll officers on duty.\n\n## Warrants\nAsk for an administrative warrant.');
      assert.equal(await submitForm(page, form.getByRole('button')), 303);
      await expectNotice(page, 'Saved.');
      await page.getByRole('heading', { name: '2. Warrants' }).waitFor();
      await checkA11y(page, 'guideline, version 1');
      // The second member edits the same draft (version 2) and comments on a section.
      const first = new URL(page.url()).pathname;
      await signOut(page);
      await signIn(page, ctx.creds, 'member-2');
      await open(page, first);
      const draft = page.locator('form[aria-labelledby="draft"]');
      await draft.getByLabel('Text (Markdown; "## " starts a numbered section)').fill('## Scope\nAll officers on duty.\n\n## Warrants\nAsk for a judicial warrant signed by a judge.');
      assert.equal(await submitForm(page, draft.getByRole('button')), 303);
      const comment = page.locator('form[aria-labelledby="comment"]');
      await comment.getByLabel('Section').selectOption({ label: '2. Warrants' });
      await comment.getByLabel('Comment', { exact: true }).fill('Name the I-200 and I-205 forms.');
      assert.equal(await submitForm(page, comment.getByRole('button')), 303);
      await page.locator('#section-2 .comments li.open').waitFor();
      await checkA11y(page, 'guideline with a comment');
      assert.match(await page.locator('main').innerText(), /Demo second member|member-2@/);
      await signOut(page);
      await signIn(page, ctx.creds, 'member');
      await open(page, first);
      await page.getByRole('button', { name: 'Compare versions' }).click();
      await page.waitForURL(/\/diff\?from=1&to=2$/);
      assert.ok((await page.locator('#diff ins').count()) > 0, 'added words are marked');
      assert.ok((await page.locator('#diff del').count()) > 0, 'removed words are marked');
      await checkA11y(page, 'guideline word diff');
      // The chair (the demo member chairs the group) circulates, marks ready, records the
      // adoption with the votes and publishes; the public portal shows it.
      const guideline = page.url().replace(/\/diff.*$/, '');
      const move = async (fill) => {
        await open(page, new URL(guideline).pathname);
        await page.locator('details.stage-panel summary').click();
        const form = page.locator('form[action$="/stage"]');
        await fill(form);
        assert.equal(await submitForm(page, form.getByRole('button', { name: 'Move to another stage' })), 303);
      };
      await move(async (f) => {
        await f.getByLabel('Circulating for comment').check();
        await f.getByLabel('Comments close on (to circulate)').fill('2099-01-31');
      });
      assert.equal(await page.locator('#stage').innerText(), 'Circulating for comment');
      await move(async (f) => f.getByLabel('Ready for adoption').check());
      await move(async (f) => {
        await f.getByLabel('Adopted', { exact: true }).check();
        await f.getByLabel('Meeting that adopted it (to adopt)').selectOption({ label: 'Guidelines, first reading' });
        await f.getByLabel('Votes for (to adopt)').fill('9');
        await f.getByLabel('Votes against (to adopt)').fill('1');
        await f.getByLabel('Abstentions (to adopt)').fill('0');
      });
      await page.locator('#adoption').waitFor();
      await checkA11y(page, 'adopted guideline');
      await move(async (f) => f.getByLabel('Published', { exact: true }).check());
      await page.getByRole('link', { name: 'The published guideline on the public portal' }).click();
      await page.waitForURL(/\/en\/guideline-\d+$/);
      assert.match(await page.locator('main').innerText(), /for 9, against 1, abstaining 0/);
      assert.match(await page.locator('main').innerText(), /judicial warrant signed by a judge/);
      await checkA11y(page, 'published guideline on the portal');
    });
  });
}
