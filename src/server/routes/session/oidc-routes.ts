/**
 * Single sign-on (OpenID Connect): the start sends the browser to the provider, the callback
 * takes it back and opens a session. Who may call: anyone (before login); the callback succeeds
 * only for the browser that started the flow (its cookie) with the provider's confirmation.
 *
 * The flow cookie is SameSite=Lax, unlike the session's Strict: the provider sends the browser
 * back from its own site, and a Strict cookie would stay behind. A browser (Accept: text/html)
 * that meets an error is sent to the login page with the message; other clients get the error
 * in the one shape (401 unconfirmed, 403 refused, 503 provider unreachable).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { plainText } from '../../../contracts/input.ts';
import { OIDC_FLOW_MS } from '../../../services/identity/oidc-login.ts';
import { AppError } from '../../../services/errors.ts';
import type { App, AppDeps } from '../../app-types.ts';
import { errors } from '../responses.ts';
import { overTls, setSessionCookie } from './cookies.ts';

const TAGS = ['Anmeldung'];
const FLOW_COOKIE = 'zs_oidc';
/** the cookie goes only to the start and the callback */
const FLOW_PATH = '/api/session/oidc';
const LOGIN_PAGE = '/anmelden';

const location = (description: string) => ({
  description,
  headers: {
    Location: { description: 'wohin der Browser weitergeht', schema: { type: 'string' as const } },
  },
});

const startRoute = createRoute({
  method: 'get',
  path: '/api/session/oidc',
  operationId: 'startSingleSignOn',
  tags: TAGS,
  security: [],
  summary:
    'Anmelden mit Single Sign-on (OpenID Connect) beginnen: weiter zum Anmeldedienst. Für alle.',
  description:
    'Setzt das Cookie zs_oidc des Anmeldevorgangs (httpOnly, SameSite=Lax, 10 Minuten) und leitet mit PKCE (S256), state und nonce zum Anmeldedienst weiter. 404: nicht eingerichtet; 503: Anmeldedienst nicht erreichbar.',
  responses: {
    302: location('weiter zum Anmeldedienst, oder (Browser) bei einem Fehler zur Anmeldeseite'),
    ...errors(404, 429),
  },
});

const text = (what: string) => plainText(what, 4096).optional();

const callbackRoute = createRoute({
  method: 'get',
  path: '/api/session/oidc/callback',
  operationId: 'finishSingleSignOn',
  tags: TAGS,
  security: [],
  summary:
    'Rückkehr vom Anmeldedienst: prüft die Antwort, ordnet das Konto zu und meldet an. Für alle (der Browser des Anmeldevorgangs).',
  description:
    'Braucht das Cookie zs_oidc aus GET /api/session/oidc. Erfolg: Sitzungs-Cookie wie bei POST /api/session und weiter zu /. Ein Browser (Accept: text/html) geht bei einem Fehler zu /anmelden?fehler=…; sonst 401 (Anmeldevorgang unbekannt, abgelaufen oder nicht bestätigt), 403 (keine Zuordnungsregel passt, Konto gesperrt oder schon lokal vorhanden), 503 (Anmeldedienst nicht erreichbar).',
  request: {
    query: z.object({
      code: text('code'),
      state: text('state'),
      iss: text('iss'),
      error: text('error'),
      error_description: text('error_description'),
      error_uri: text('error_uri'),
      session_state: text('session_state'),
    }),
  },
  responses: {
    302: location(
      'angemeldet: weiter zu /; oder (Browser) ein Fehler: weiter zu /anmelden?fehler=…',
    ),
    ...errors(403, 404, 422),
  },
});

const wantsPage = (c: Context) => (c.req.header('accept') ?? '').includes('text/html');

/** A browser sees the login page with the message; an API client the error itself (app.onError). */
function failed(c: Context, error: unknown): Response {
  if (!(error instanceof AppError) || !wantsPage(c)) throw error;
  return c.redirect(`${LOGIN_PAGE}?fehler=${encodeURIComponent(error.message)}`, 302);
}

const notConfigured = () =>
  new AppError('not_found', 'Die Anmeldung mit Single Sign-on ist hier nicht eingerichtet.');

export function registerSingleSignOn(app: App, deps: AppDeps) {
  app.openapi(startRoute, async (c) => {
    try {
      if (deps.oidc === undefined) throw notConfigured();
      const flow = await deps.oidc.start();
      setCookie(c, FLOW_COOKIE, flow.flowId, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: overTls(c),
        path: FLOW_PATH,
        maxAge: OIDC_FLOW_MS / 1000,
      });
      return c.redirect(flow.location, 302);
    } catch (error) {
      return failed(c, error);
    }
  });
  app.openapi(callbackRoute, async (c) => {
    const flowId = getCookie(c, FLOW_COOKIE) ?? null;
    // a flow serves one callback, whatever its outcome
    if (flowId !== null) deleteCookie(c, FLOW_COOKIE, { path: FLOW_PATH, secure: overTls(c) });
    try {
      if (deps.oidc === undefined) throw notConfigured();
      const opened = await deps.oidc.finish({
        flowId,
        query: new URL(c.req.url).searchParams,
      });
      setSessionCookie(c, opened.sessionId);
      return c.redirect('/', 302);
    } catch (error) {
      return failed(c, error);
    }
  });
}
