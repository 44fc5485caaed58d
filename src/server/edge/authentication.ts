/**
 * Every API route but the public ones answers 401 without a session or token. Writes made with
 * the session cookie must carry the session's CSRF token in `X-CSRF-Token` (the cookie is also
 * SameSite=Strict; a token sent as Authorization header is no ambient credential and needs none).
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../app-types.ts';
import { errorJson } from '../errors.ts';

export const SESSION_COOKIE = 'zs_session';
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * Routes anyone may call: the API description, logging in (with a password, or single sign-on's
 * start and the provider's callback), and what the login page shows.
 */
const PUBLIC = [
  { method: 'GET', path: '/api/openapi.json' },
  // for load balancers and monitoring: says only ok or degraded
  { method: 'GET', path: '/api/health' },
  { method: 'POST', path: '/api/session' },
  { method: 'GET', path: '/api/session/info' },
  { method: 'GET', path: '/api/session/oidc' },
  { method: 'GET', path: '/api/session/oidc/callback' },
];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function authentication(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (PUBLIC.some((p) => p.method === c.req.method && p.path === c.req.path)) return next();
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? null;
    const ctx = await deps.contextFor(c.req.raw, {
      sessionId: getCookie(c, SESSION_COOKIE) ?? null,
      bearer,
    });
    if (ctx === null) {
      c.header('WWW-Authenticate', 'Bearer realm="zielsteuerung"');
      return errorJson(
        c,
        401,
        'unauthenticated',
        'Bitte anmelden: keine gültige Sitzung (oder abgelaufen) und kein API-Token.',
      );
    }
    if (
      ctx.session !== undefined &&
      !SAFE_METHODS.has(c.req.method) &&
      !sameSecret(c.req.header(CSRF_HEADER) ?? '', ctx.session.csrfToken)
    ) {
      return errorJson(
        c,
        403,
        'forbidden',
        `Schreibende Anfrage ohne gültiges CSRF-Token (Kopfzeile ${CSRF_HEADER}); bitte die Seite neu laden.`,
      );
    }
    c.set('ctx', ctx);
    await next();
  };
}
