// Runs axe-core inside a Playwright page and fails on any violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Inject axe-core into the page. Uses page.evaluate (DevTools protocol), which
 * is not subject to the page's Content-Security-Policy, unlike a <script> tag.
 */
export async function injectAxe(page) {
  const present = await page.evaluate(() => typeof window.axe === 'object' && typeof window.axe.run === 'function');
  if (present) return;
  await page.evaluate(`${AXE_SOURCE}\n;true`);
  const ok = await page.evaluate(() => typeof window.axe === 'object' && typeof window.axe.run === 'function');
  if (!ok) throw new Error(`axe-core did not load into ${page.url()}`);
}

/** Run axe on the current document; returns the (serialisable) violations. */
export async function axeViolations(page, options = {}) {
  await injectAxe(page);
  return page.evaluate(async (opts) => {
    const results = await window.axe.run(document, { resultTypes: ['violations'], ...opts });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        html: n.html,
        failureSummary: n.failureSummary,
      })),
    }));
  }, options);
}

export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    - ${JSON.stringify(n.target)}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 300)}` +
            (n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''),
        )
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Assert that axe finds no violations on the page as it is now. */
export async function checkA11y(page, label = '') {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    const where = `${label ? `${label} ` : ''}(${page.url()})`;
    throw new Error(`axe: ${violations.length} accessibility violation(s) on ${where}:\n${formatViolations(violations)}`);
  }
}
