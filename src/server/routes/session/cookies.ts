/** The session cookie, set alike by the password login and single sign-on. */
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_MS } from '../../../domain/access/login-policy.ts';
import { SESSION_COOKIE } from '../../edge/authentication.ts';

/** Secure when the client reached us over TLS (directly or through a proxy that says so). */
export const overTls = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

/** httpOnly, SameSite=Strict (no other site's page can send it), for the session's absolute life. */
export function setSessionCookie(c: Context, sessionId: string): void {
  setCookie(c, SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: overTls(c),
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}
