/** Debian's Chromium through playwright-core (no browser download), with screenshots kept as artifacts. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../build/ensure-web-built.ts';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-artifacts', 'screenshots');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
}

const CSP_VIOLATIONS = new WeakMap<Page, string[]>();

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // Chromium reports what the Content-Security-Policy blocked on the console
  const violations: string[] = [];
  CSP_VIOLATIONS.set(page, violations);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

/** Everything the server's Content-Security-Policy blocked on this page so far. */
export function cspViolations(page: Page): string[] {
  return [...(CSP_VIOLATIONS.get(page) ?? [])];
}

/** Saves test-artifacts/screenshots/<prefix>-<name>.png (full page). */
export async function screenshot(page: Page, prefix: string, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${prefix}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
