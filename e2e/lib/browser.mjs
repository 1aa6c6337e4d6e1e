// Headless Debian Chromium driven by playwright-core (no downloaded browsers).
import { constants as fsConstants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { RESULTS_DIR } from './server.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Phone-sized context, English by default. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: 'en-US',
};

export async function launchBrowser() {
  try {
    await access(CHROMIUM_PATH, fsConstants.X_OK);
  } catch {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

function slug(s) {
  return s.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'test';
}

/**
 * Run fn(page, context) in a fresh phone-sized browser context (fresh cookies).
 * Uncaught page errors fail the test. On failure a full-page screenshot is
 * written to e2e/test-results/<name>.png and the page URL is added to the error.
 */
export async function withPage(browser, baseURL, name, fn) {
  const context = await browser.newContext({ ...PHONE, baseURL });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
  try {
    await fn(page, context);
    if (pageErrors.length > 0) {
      throw new Error(`uncaught JavaScript error(s) in the page:\n  ${pageErrors.join('\n  ')}`);
    }
  } catch (err) {
    let note = `\n(page was at ${page.url()})`;
    try {
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `${slug(name)}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
      note += `\n(screenshot: ${file})`;
    } catch {
      // page may be gone; the original error matters more
    }
    if (err instanceof Error) {
      err.message += note;
      throw err;
    }
    throw new Error(`${String(err)}${note}`);
  } finally {
    await context.close().catch(() => {});
  }
}
