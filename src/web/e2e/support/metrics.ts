/**
 * Figures for the closing note: the production bundle (what the first page loads, what comes on
 * demand) and the time to the first render of the overview, measured in the browser.
 */
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, WEB_DIST } from '../../build/ensure-web-built.ts';

export interface BundleFigures {
  /** JS and CSS the overview needs before it can render (entry, its static imports, CSS) */
  initial: { files: string[]; bytes: number; gzipBytes: number };
  /** everything in dist/web/assets */
  total: { files: number; bytes: number; gzipBytes: number };
  /** the largest lazily loaded chunk (ECharts) */
  largestLazy: { file: string; bytes: number; gzipBytes: number };
}

export async function measureBundle(): Promise<BundleFigures> {
  const html = await readFile(join(WEB_DIST, 'index.html'), 'utf8');
  const initialFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  const assets = await readdir(join(WEB_DIST, 'assets'));
  const sizes = await Promise.all(
    assets.map(async (file) => {
      const body = await readFile(join(WEB_DIST, 'assets', file));
      return {
        file: `assets/${file}`,
        bytes: (await stat(join(WEB_DIST, 'assets', file))).size,
        gzipBytes: gzipSync(body).length,
      };
    }),
  );
  const initial = sizes.filter((s) => initialFiles.includes(s.file));
  const lazy = sizes
    .filter((s) => !initialFiles.includes(s.file) && s.file.endsWith('.js'))
    .sort((a, b) => b.bytes - a.bytes);
  const sum = (list: typeof sizes, k: 'bytes' | 'gzipBytes') => list.reduce((a, s) => a + s[k], 0);
  return {
    initial: {
      files: initial.map((s) => s.file),
      bytes: sum(initial, 'bytes'),
      gzipBytes: sum(initial, 'gzipBytes'),
    },
    total: { files: sizes.length, bytes: sum(sizes, 'bytes'), gzipBytes: sum(sizes, 'gzipBytes') },
    largestLazy: lazy[0] ?? { file: '', bytes: 0, gzipBytes: 0 },
  };
}

export interface RenderFigures {
  /** first contentful paint, ms after navigation start */
  firstContentfulPaint: number | null;
  /** the overview's table with its first row on screen */
  tableRendered: number;
  /** every agreement's target statuses filled in */
  statusesComplete: number;
}

/** Loads the overview in a fresh context (cold cache), optionally with the CPU slowed down. */
export async function measureOverview(
  browser: Browser,
  url: string,
  cpuSlowdown = 1,
  logIn: (page: Page) => Promise<void> = async () => {},
): Promise<RenderFigures> {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  await logIn(page);
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  // watches the DOM from the first byte on and notes when the table and all statuses appear
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: Record<string, number> }).__marks = marks;
    new MutationObserver(() => {
      const rows = document.querySelectorAll('.overview-table tbody tr').length;
      if (rows > 0 && marks.table === undefined) marks.table = performance.now();
      if (
        rows > 0 &&
        marks.statuses === undefined &&
        document.querySelectorAll('.overview-table .chips').length === rows
      )
        marks.statuses = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __marks: Record<string, number> }).__marks.statuses !== undefined,
    null,
    { timeout: 60_000 },
  );
  const figures = await page.evaluate(() => {
    const marks = (window as unknown as { __marks: Record<string, number> }).__marks;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    return {
      firstContentfulPaint: fcp,
      tableRendered: marks.table!,
      statusesComplete: marks.statuses!,
    };
  });
  await context.close();
  return figures;
}

export async function saveMetrics(name: string, data: unknown): Promise<string> {
  const dir = join(REPO_ROOT, 'test-artifacts');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
  return path;
}
