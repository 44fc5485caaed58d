/**
 * Serialized answers of the large figure reads, kept per store generation, viewer and day
 * (services/result-cache.ts: sharedAnswerScope) and the request's path and query: a repeated
 * question costs neither the services nor JSON.stringify (653 KiB for a Kreis and its Jobcenter
 * over a year), and gzip is computed once per answer. Only 200 answers of the routes below are
 * kept; everything else passes through.
 */
import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { sharedAnswerScope } from '../services/result-cache.ts';
import type { AppEnv } from './app-types.ts';

const CACHEABLE = [
  /^\/api\/values$/,
  /^\/api\/overview$/,
  /^\/api\/comparison(\/vergleichstyp)?$/,
  /^\/api\/agreements$/,
  /^\/api\/agreements\/[^/]+(\/monitoring)?$/,
];
/** bytes kept at most (raw and gzip together); the least recently used go first */
const MAX_BYTES = 64 * 1024 * 1024;
const GZIP_FROM_BYTES = 1024;

interface Entry {
  body: Buffer;
  gzip: Buffer | null;
  contentType: string;
}

export function responseCache(): MiddlewareHandler<AppEnv> {
  let generation = -1;
  let bytes = 0;
  const entries = new Map<string, Entry>();
  const size = (e: Entry) => e.body.length + (e.gzip?.length ?? 0);
  return async (c, next) => {
    if (c.req.method !== 'GET' || !CACHEABLE.some((r) => r.test(c.req.path))) return next();
    const scope = await sharedAnswerScope(c.get('ctx'));
    if (scope === null) return next();
    if (scope.generation !== generation) {
      if (scope.generation < generation) return next(); // an older view: answer, but keep nothing
      generation = scope.generation;
      entries.clear();
      bytes = 0;
    }
    const url = new URL(c.req.url);
    const key = `${scope.key}|${url.pathname}${url.search}`;
    let entry = entries.get(key);
    if (entry === undefined) {
      await next();
      if (c.res.status !== 200) return;
      const body = Buffer.from(await c.res.clone().arrayBuffer());
      entry = {
        body,
        gzip: body.length >= GZIP_FROM_BYTES ? gzipSync(body) : null,
        contentType: c.res.headers.get('content-type') ?? 'application/json',
      };
      if (generation === scope.generation) {
        entries.set(key, entry);
        bytes += size(entry);
        for (const [k, e] of entries) {
          if (bytes <= MAX_BYTES) break;
          entries.delete(k);
          bytes -= size(e);
        }
      }
    } else {
      entries.delete(key); // least recently used first: move to the end
      entries.set(key, entry);
    }
    const gzip = entry.gzip !== null && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    const headers: Record<string, string> = {
      'content-type': entry.contentType,
      vary: 'Accept-Encoding',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    c.res = new Response(new Uint8Array(gzip ? entry.gzip! : entry.body), { status: 200, headers });
  };
}
