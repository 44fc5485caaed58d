/**
 * Serving the web application (dist/web, built by Vite) at `/` beside the API: files by path,
 * every other non-API path gets index.html so that the client-side router can take it (SPA
 * fallback). Hashed assets are cached for a year; index.html never, so a new build shows at
 * once. Text files are sent gzip-compressed when the browser accepts it.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { App } from './app-types.ts';
import { WEB_DIST } from '../web/build/ensure-web-built.ts';

export { ensureWebBuilt } from '../web/build/ensure-web-built.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.map']);

interface CachedFile {
  body: Buffer;
  gzip: Buffer | null;
}

async function loadFile(path: string, cache: Map<string, CachedFile>): Promise<CachedFile | null> {
  const hit = cache.get(path);
  if (hit !== undefined) return hit;
  const body = await readFile(path).catch(() => null);
  if (body === null) return null;
  const file = {
    body,
    gzip: COMPRESSIBLE.has(extname(path)) && body.length > 1024 ? gzipSync(body) : null,
  };
  cache.set(path, file);
  return file;
}

function send(c: Context, path: string, file: CachedFile, cacheControl: string): Response {
  const gzip = file.gzip !== null && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    vary: 'accept-encoding',
  };
  if (gzip) headers['content-encoding'] = 'gzip';
  return new Response(new Uint8Array(gzip ? file.gzip! : file.body), { status: 200, headers });
}

/** Registers the web application; call after the API routes. `distDir` for tests. */
export function registerWebApp(app: App, distDir = WEB_DIST): void {
  // Files are immutable per build; the cache is dropped when index.html changes (a new build).
  let cache = new Map<string, CachedFile>();
  let indexStamp: Buffer | null = null;
  app.get('*', async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    const index = await readFile(join(distDir, 'index.html')).catch(() => null);
    if (index === null)
      return c.text(
        'Die Weboberfläche ist noch nicht gebaut; `npm start` baut sie beim Start.',
        503,
      );
    if (indexStamp === null || !index.equals(indexStamp)) {
      cache = new Map();
      indexStamp = index;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(c.req.path);
    } catch {
      return c.text('Ungültiger Pfad', 400);
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    const path = join(distDir, relative);
    const inside = path.startsWith(distDir + sep) && !relative.split(/[/\\]/).includes('..');
    const file = inside && relative !== '' ? await loadFile(path, cache) : null;
    if (file !== null)
      return send(
        c,
        path,
        file,
        relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    // a missing asset is a real 404, a missing page is a route of the web application
    if (relative.startsWith('assets/') || extname(relative) !== '')
      return c.text('Nicht gefunden', 404);
    return send(
      c,
      'index.html',
      (await loadFile(join(distDir, 'index.html'), cache)) ?? { body: index, gzip: null },
      'no-cache',
    );
  });
}
