/**
 * axe-core in the page (axe.source evaluated, axe.run()), WCAG 2.0/2.1 A and AA rules — the level
 * BITV 2.0 requires. Returns the serious and critical violations, described for the test log.
 */
import assert from 'node:assert/strict';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { cspViolations, screenshot } from './browser.ts';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export async function seriousViolations(page: Page): Promise<string[]> {
  // evaluated through the DevTools protocol: an inline <script> would be (rightly) refused by the server's CSP
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axe.source};0`);
  const violations = await page.evaluate(async () => {
    const api = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await api.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/**
 * Keeps a screenshot (test-artifacts/screenshots/<prefix>-<name>.png) and asserts that axe finds no
 * serious or critical violation and that the Content-Security-Policy blocked nothing so far.
 */
export async function assertPageClean(page: Page, prefix: string, name: string): Promise<void> {
  await screenshot(page, prefix, name);
  assert.deepEqual(await seriousViolations(page), [], `axe on ${name}`);
  assert.deepEqual(cspViolations(page), [], `Content-Security-Policy on ${name}`);
}
