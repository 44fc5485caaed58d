/** Personal API tokens for scripts. Who may call: any logged-in user, for their own tokens only. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { createdTokenSchema, tokenInputSchema, tokenSchema } from '../../../contracts/session.ts';
import { positiveInt } from '../../../contracts/input.ts';
import { createToken, listOwnTokens, revokeOwnToken } from '../../../services/identity/account.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';

const TAGS = ['Anmeldung'];

const createRouteDef = createRoute({
  method: 'post',
  path: '/api/tokens',
  operationId: 'createApiToken',
  tags: TAGS,
  summary: 'Persönliches API-Token anlegen (nur in dieser Antwort sichtbar). Angemeldete Benutzer.',
  request: {
    body: { content: { 'application/json': { schema: tokenInputSchema } }, required: true },
  },
  responses: { 201: json(createdTokenSchema, 'angelegt'), ...errors(...BODY_ERRORS) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/tokens',
  operationId: 'listApiTokens',
  tags: TAGS,
  summary: 'Die eigenen API-Token (ohne Geheimnis). Angemeldete Benutzer.',
  responses: { 200: json(z.array(tokenSchema), 'Token'), ...errors() },
});

const revokeRoute = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  operationId: 'revokeApiToken',
  tags: TAGS,
  summary: 'Ein eigenes API-Token widerrufen. Angemeldete Benutzer.',
  request: { params: z.object({ id: z.coerce.number().pipe(positiveInt('Token')) }) },
  responses: { 204: { description: 'widerrufen' }, ...errors(403, 404) },
});

export function registerTokens(app: App) {
  app.openapi(createRouteDef, async (c) =>
    c.json(await createToken(c.get('ctx'), c.req.valid('json').name), 201),
  );
  app.openapi(listRoute, async (c) => c.json(await listOwnTokens(c.get('ctx')), 200));
  app.openapi(revokeRoute, async (c) => {
    await revokeOwnToken(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
