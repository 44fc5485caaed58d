/**
 * Logging in and out, the session, the own password. Who may call: POST /api/session and
 * GET /api/session/info anyone; the others any logged-in user, for their own account only.
 */
import { createRoute } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import type { App, AppDeps } from '../../app-types.ts';
import {
  loginInfoSchema,
  logInSchema,
  passwordChangeSchema,
  sessionSchema,
} from '../../../contracts/session.ts';
import { logOut } from '../../../services/identity/login.ts';
import { changePassword } from '../../../services/identity/account.ts';
import { AppError } from '../../../services/errors.ts';
import { SESSION_COOKIE } from '../../edge/authentication.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';
import { overTls, setSessionCookie } from './cookies.ts';

const TAGS = ['Anmeldung'];

const logInRoute = createRoute({
  method: 'post',
  path: '/api/session',
  operationId: 'createSession',
  tags: TAGS,
  security: [],
  summary:
    'Anmelden mit Benutzername und Kennwort: setzt das Sitzungs-Cookie (httpOnly, SameSite=Strict). Für alle.',
  request: { body: { content: { 'application/json': { schema: logInSchema } }, required: true } },
  responses: {
    200: json(sessionSchema, 'angemeldet; csrfToken mit jeder schreibenden Anfrage senden'),
    ...errors(...BODY_ERRORS, 401, 429),
  },
});

const infoRoute = createRoute({
  method: 'get',
  path: '/api/session/info',
  operationId: 'getLoginInfo',
  tags: TAGS,
  security: [],
  summary: 'Was die Anmeldeseite sagen darf (Demobetrieb, Demo-Konten, Single Sign-on). Für alle.',
  responses: { 200: json(loginInfoSchema, 'Angaben für die Anmeldeseite'), ...errors() },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/session',
  operationId: 'getSession',
  tags: TAGS,
  summary: 'Die eigene Sitzung: Benutzer und CSRF-Token. Angemeldete Benutzer.',
  responses: { 200: json(sessionSchema, 'angemeldet'), ...errors(401) },
});

const logOutRoute = createRoute({
  method: 'delete',
  path: '/api/session',
  operationId: 'deleteSession',
  tags: TAGS,
  summary: 'Abmelden: beendet die Sitzung. Angemeldete Benutzer (mit Sitzung).',
  responses: { 204: { description: 'abgemeldet' }, ...errors(401, 403, 422) },
});

const passwordRoute = createRoute({
  method: 'put',
  path: '/api/session/password',
  operationId: 'updateOwnPassword',
  tags: TAGS,
  summary: 'Eigenes Kennwort ändern (beendet die anderen Sitzungen). Angemeldete Benutzer.',
  request: {
    body: { content: { 'application/json': { schema: passwordChangeSchema } }, required: true },
  },
  responses: { 204: { description: 'geändert' }, ...errors(...BODY_ERRORS, 401) },
});

export function registerSession(app: App, deps: AppDeps) {
  app.openapi(logInRoute, async (c) => {
    if (deps.logIn === undefined)
      throw new AppError(
        'unauthenticated',
        'Eine Anmeldung mit Kennwort ist hier nicht eingerichtet.',
      );
    const opened = await deps.logIn(c.req.valid('json'));
    setSessionCookie(c, opened.sessionId);
    const { id, name, role, unitId, microdataRights } = opened.actor;
    return c.json(
      { user: { id, name, role, unitId, microdataRights }, csrfToken: opened.csrfToken },
      200,
    );
  });
  app.openapi(infoRoute, async (c) =>
    c.json((await deps.loginInfo?.()) ?? { demo: false, accounts: [], sso: null }, 200),
  );
  app.openapi(getRoute, (c) => {
    const ctx = c.get('ctx');
    const { id, name, role, unitId, microdataRights } = ctx.actor;
    return c.json(
      {
        user: { id, name, role, unitId, microdataRights },
        csrfToken: ctx.session?.csrfToken ?? null,
      },
      200,
    );
  });
  app.openapi(logOutRoute, async (c) => {
    await logOut(c.get('ctx'));
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: overTls(c) });
    return c.body(null, 204);
  });
  app.openapi(passwordRoute, async (c) => {
    await changePassword(c.get('ctx'), c.req.valid('json'));
    return c.body(null, 204);
  });
}
