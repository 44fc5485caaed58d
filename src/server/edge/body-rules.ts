/**
 * Request bodies: JSON only, and of a bounded size. The size is checked before anything reads
 * the body (Content-Length, or counted while reading), so a huge body costs no memory.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorJson } from '../errors.ts';

const MB = 1024 * 1024;

/** Largest JSON body of an ordinary request: an agreement with every text is about 100 KB. */
export const DEFAULT_BODY_LIMIT = 2 * MB;

/**
 * Routes that need more: a Datenstand of BA figures for all Träger of a Land (about 200 000
 * value rows at ~150 bytes), and the table export (its contract allows 100 000 rows).
 */
export const BODY_LIMITS: readonly { method: string; path: string; bytes: number }[] = [
  { method: 'POST', path: '/api/datenstaende', bytes: 32 * MB },
  { method: 'POST', path: '/api/exports', bytes: 16 * MB },
];

function tooLarge(bytes: number) {
  return (c: Context) =>
    errorJson(
      c,
      413,
      'payload_too_large',
      `Der Inhalt der Anfrage ist zu groß (höchstens ${bytes / MB} MB).`,
    );
}

/** One body limit per request: the route's own or the default. */
export function bodyLimits(): MiddlewareHandler {
  const byRoute = new Map(
    BODY_LIMITS.map((l) => [
      `${l.method} ${l.path}`,
      bodyLimit({ maxSize: l.bytes, onError: tooLarge(l.bytes) }),
    ]),
  );
  const fallback = bodyLimit({
    maxSize: DEFAULT_BODY_LIMIT,
    onError: tooLarge(DEFAULT_BODY_LIMIT),
  });
  return (c, next) => (byRoute.get(`${c.req.method} ${c.req.path}`) ?? fallback)(c, next);
}

const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * 415 for a request body that is not declared as JSON. (Without this the JSON validator skips a
 * body of another type and checks an empty object instead.) An empty body needs no type.
 */
export function jsonBodiesOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (WITH_BODY.has(c.req.method) && !JSON_TYPE.test(c.req.header('content-type') ?? '')) {
      // bounded by bodyLimits; Hono keeps the bytes for the validator
      const bytes = c.req.raw.body === null ? 0 : (await c.req.arrayBuffer()).byteLength;
      if (bytes > 0)
        return errorJson(
          c,
          415,
          'unsupported_media_type',
          'Der Inhalt muss JSON sein (Content-Type: application/json).',
        );
    }
    await next();
  };
}
