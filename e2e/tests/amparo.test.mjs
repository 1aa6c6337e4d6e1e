// The one test entry point: starts one amparo server and one Chromium for the
// whole run, then registers the suites in order. The suites share the server
// because a demo password works only until its first sign-in changes it.
import { after, before, describe } from 'node:test';
import { Credentials } from '../lib/app.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { adminSuite } from './admin.suite.mjs';
import { departmentsSuite } from './departments.suite.mjs';
import { foiaSuite } from './foia.suite.mjs';
import { languageSuite } from './language.suite.mjs';
import { loginErrorsSuite } from './login-errors.suite.mjs';
import { plansSuite } from './plans.suite.mjs';
import { portalSuite } from './portal.suite.mjs';
import { workingGroupSuite } from './working-group.suite.mjs';
import { reportsSuite } from './reports.suite.mjs';
import { rolesSuite } from './roles.suite.mjs';

/** Filled in by before(); the suites read it lazily inside their tests. */
const ctx = { server: null, browser: null, creds: null };

describe('amparo', () => {
  before(
    async () => {
      ctx.server = await startServer();
      ctx.creds = new Credentials(ctx.server);
      ctx.browser = await launchBrowser();
    },
    { timeout: 90_000 },
  );

  after(
    async () => {
      await ctx.browser?.close().catch(() => {});
      await ctx.server?.stop();
    },
    { timeout: 30_000 },
  );

  describe('language switcher', () => languageSuite(ctx));
  describe('sign-in, password change and sign-out for every role', () => rolesSuite(ctx));
  describe('failed sign-in', () => loginErrorsSuite(ctx));
  describe('admin and auditor pages', () => adminSuite(ctx));
  describe('departments, facilities, liaisons, tokens, accounts', () => departmentsSuite(ctx));
  describe('reports of federal enforcement activity', () => reportsSuite(ctx));
  describe('preparedness plans and the compliance board', () => plansSuite(ctx));
  describe('FOIA to ICE: request, deadlines, productions, analysis', () => foiaSuite(ctx));
  describe('public portal in eleven languages', () => portalSuite(ctx));
  describe('working group: members, meetings, calendar feed', () => workingGroupSuite(ctx));
});
