/**
 * Builds the web application with Vite's JS API when dist/web is missing or older than any of
 * its sources (src/web and what it imports: src/domain, src/contracts, src/charts). Several
 * processes may ask at once (the server, parallel browser tests): a lock folder makes one of
 * them build and the others wait for it.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_DIST = join(REPO_ROOT, 'dist', 'web');
const SOURCES = ['src/web', 'src/domain', 'src/contracts', 'src/charts', 'vite.config.ts'];
const LOCK = join(REPO_ROOT, 'dist', '.web-build-lock');
/** a lock older than this was left by a crashed build */
const STALE_LOCK_MS = 5 * 60_000;

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (info === null) return 0;
  if (!info.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : info.mtimeMs;
  const entries = await readdir(path);
  // tests, their artifacts and this build helper are not part of the bundle
  const parts = entries
    .filter((e) => e !== 'e2e' && e !== 'node_modules')
    .map((e) => newestMtime(join(path, e)));
  return Math.max(0, ...(await Promise.all(parts)));
}

export async function isWebBuildFresh(): Promise<boolean> {
  const built = await stat(join(WEB_DIST, 'index.html')).catch(() => null);
  if (built === null) return false;
  const sources = await Promise.all(SOURCES.map((s) => newestMtime(join(REPO_ROOT, s))));
  return built.mtimeMs >= Math.max(...sources);
}

async function takeLock(): Promise<boolean> {
  await mkdir(join(REPO_ROOT, 'dist'), { recursive: true });
  try {
    await mkdir(LOCK);
    return true;
  } catch {
    const info = await stat(LOCK).catch(() => null);
    if (info !== null && Date.now() - info.mtimeMs > STALE_LOCK_MS)
      await rm(LOCK, { recursive: true, force: true });
    return false;
  }
}

export interface WebBuildResult {
  built: boolean;
  ms: number;
}

export async function ensureWebBuilt(
  log: (line: string) => void = () => {},
): Promise<WebBuildResult> {
  const started = Date.now();
  for (;;) {
    if (await isWebBuildFresh()) return { built: false, ms: Date.now() - started };
    if (await takeLock()) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if (await isWebBuildFresh()) return { built: false, ms: Date.now() - started };
    log('Baue die Weboberfläche (Vite) …');
    // vite is a development dependency: loaded only when a build is needed
    const { build } = await import('vite');
    await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn' });
    log(`Weboberfläche gebaut in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return { built: true, ms: Date.now() - started };
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}
