// amparo page helpers: the page contract the tests rely on, in one place.
import assert from 'node:assert/strict';

export const newPasswordFor = (role) => `e2e-new-password-${role}-2026`;

/** Wait until the page's path is `pathname` (a string or a predicate). */
export async function expectPath(page, pathname, timeout = 15_000) {
  const ok = typeof pathname === 'function' ? pathname : (p) => p === pathname;
  try {
    await page.waitForURL((url) => ok(url.pathname), { timeout });
  } catch {
    assert.fail(`expected path ${typeof pathname === 'function' ? '(predicate)' : pathname}, page is at ${page.url()}`);
  }
}

/** GET a path, asserting HTTP 200. */
export async function open(page, pathname) {
  const res = await page.goto(pathname);
  assert.ok(res, `no response for ${pathname}`);
  assert.equal(res.status(), 200, `GET ${pathname} answered ${res.status()}`);
  return res;
}

/** The page's (first) <h1>: asserts it is visible and non-empty, returns its text. */
export async function heading1(page) {
  const h1 = page.locator('h1').first();
  await h1.waitFor({ state: 'visible' });
  const text = (await h1.innerText()).trim();
  assert.ok(text.length > 0, `<h1> is empty on ${page.url()}`);
  return text;
}

/** On /login: fill in the form and press "Sign in". Does not wait for the outcome. */
export async function submitLogin(page, email, password) {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** On /account/password: choose a new password and press "Change password". */
export async function submitPasswordChange(page, newPassword, currentPassword) {
  // Not in the contract, but harmless: fill a "Current password" field if the form has one.
  const current = page.getByLabel('Current password', { exact: true });
  if (currentPassword && (await current.count()) > 0) await current.fill(currentPassword);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Change password', exact: true }).click();
}

/** Press "Sign out" in the <header> and check the signed-out notice on /login. */
export async function signOut(page) {
  await page.locator('header').getByRole('button', { name: 'Sign out', exact: true }).click();
  await expectPath(page, '/login');
  await page.getByText('You have signed out.').waitFor({ state: 'visible' });
}

/**
 * Per-run credentials. A demo password is one-time: once a flow changes it,
 * the new one is recorded here so later tests can sign in again.
 */
export class Credentials {
  constructor(server) {
    this.server = server;
    this.changed = new Map(); // role -> new password
  }
  email(role) {
    return this.server.account(role).email;
  }
  demoPassword(role) {
    return this.server.account(role).password;
  }
  current(role) {
    return this.changed.get(role) ?? this.demoPassword(role);
  }
  recordChange(role, password) {
    this.changed.set(role, password);
  }
}

/**
 * Sign a role in with whatever its password is now. If the server asks for a
 * password change (first sign-in with the demo password), do it and record it.
 * Ends on a signed-in page other than /login and /account/password.
 */
export async function signIn(page, creds, role) {
  await open(page, '/login');
  await submitLogin(page, creds.email(role), creds.current(role));
  await expectPath(page, (p) => p !== '/login');
  if (new URL(page.url()).pathname === '/account/password') {
    const next = newPasswordFor(role);
    await submitPasswordChange(page, next, creds.current(role));
    await expectPath(page, (p) => p !== '/account/password');
    creds.recordChange(role, next);
  }
}

/**
 * Press a form's submit button and wait for the answer to the POST. Returns its HTTP status
 * (422 when the form comes back with errors, 303 when it redirects). Callers then wait for
 * what the resulting page must show.
 */
export async function submitForm(page, button) {
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest());
  // A failed click must not leave the wait behind to reject after the page has closed,
  // where it would hide the click's own error.
  posted.catch(() => {});
  await button.click();
  const res = await posted;
  await page.waitForLoadState('load');
  return res.status();
}

/** Press a GET form's button; resolves with the status of the page it navigates to. */
export async function submitQuery(page, button) {
  const loaded = page.waitForResponse((r) => r.request().method() === 'GET' && r.request().isNavigationRequest());
  await button.click();
  const res = await loaded;
  await page.waitForLoadState('load');
  return res.status();
}

/** The form came back with the error summary (role="alert"). */
export async function expectErrorSummary(page) {
  const alert = page.getByRole('alert');
  await alert.first().waitFor({ state: 'visible' });
  assert.match(await alert.first().innerText(), /Some answers need attention/, 'error summary text');
}

/**
 * The field labelled `label` is marked invalid and described by its visible error message,
 * which says `message` (a string for an exact match, or a RegExp).
 */
export async function expectFieldError(page, label, message) {
  const field = page.getByLabel(label, { exact: true });
  assert.equal(await field.getAttribute('aria-invalid'), 'true', `"${label}" aria-invalid`);
  await describedBy(page, field, `"${label}"`, message);
}

/** `element`'s aria-describedby points at visible elements, one of which says `message`. */
async function describedBy(page, element, what, message) {
  const ids = ((await element.getAttribute('aria-describedby')) ?? '').trim();
  assert.ok(ids.length > 0, `${what} has no aria-describedby`);
  const texts = [];
  for (const id of ids.split(/\s+/)) {
    const el = page.locator(`[id="${id}"]`);
    assert.equal(await el.count(), 1, `${what} aria-describedby points at #${id}, which is not on the page`);
    await el.waitFor({ state: 'visible' });
    texts.push((await el.innerText()).trim());
  }
  const matches = (t) => (message instanceof RegExp ? message.test(t) : t === message);
  assert.ok(texts.some(matches), `${what} is described by ${JSON.stringify(texts)}, expected ${message}`);
}

/**
 * The group of radio buttons or check boxes whose <legend> is `legend` is described by its
 * visible error message, which says `message` (a string for an exact match, or a RegExp).
 */
export async function expectGroupError(page, legend, message) {
  const group = page.getByRole('group', { name: legend, exact: true });
  await describedBy(page, group, `group "${legend}"`, message);
}

/** The field labelled `label` is not marked invalid. */
export async function expectFieldValid(page, label) {
  const invalid = await page.getByLabel(label, { exact: true }).getAttribute('aria-invalid');
  assert.notEqual(invalid, 'true', `"${label}" should not be marked invalid`);
}

/** Follow the link called `name` in the main navigation and wait for `pathname`. */
export async function followNav(page, name, pathname) {
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name, exact: true }).click();
  await expectPath(page, pathname);
  await page.waitForLoadState('load');
}

/** The notice (role="status") at the top of <main> says `text`. */
export async function expectNotice(page, text) {
  const notice = page.getByRole('status').filter({ hasText: text });
  await notice.first().waitFor({ state: 'visible' });
}

/** On a page listing departments: the id in the href of the link named `name`. */
export async function departmentIdFromLink(page, name) {
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  const m = /^\/departments\/(\d+)$/.exec(href ?? '');
  assert.ok(m, `link "${name}" points at ${href}, expected /departments/<id>`);
  return Number(m[1]);
}

/**
 * Follow a link in the header's language navigation and wait for the page to come back in
 * that language. `nav` is the navigation's name in the current language ("Language",
 * "Idioma"), `language` the link's text ("Español"), `lang` the expected <html lang> ("es").
 */
export async function chooseLanguage(page, nav, language, lang) {
  await page.getByRole('navigation', { name: nav, exact: true }).getByRole('link', { name: language, exact: true }).click();
  await page.locator(`html[lang="${lang}"], html[lang^="${lang}-"]`).waitFor({ state: 'attached' });
  await page.waitForLoadState('load');
}

/** <html lang> of the current page. */
export const htmlLang = (page) => page.locator('html').getAttribute('lang');
