import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { createdUserSchema, createUserSchema } from '../../../contracts/admin-users.ts';
import { createUserAccount } from '../../../services/administration/create-user.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';

const route = createRoute({
  method: 'post',
  path: '/api/admin/users',
  operationId: 'createUserAccount',
  tags: ['Administration'],
  summary:
    'Benutzerkonto anlegen (Rolle passend zur Einheit; Kennwort vorgegeben oder als Einmalkennwort erzeugt). Nur Administration.',
  description:
    'Die Rolle muss zur Art der Einheit passen (Ministerium: Land, Träger: Träger, örtliches Jobcenter: ' +
    'Jobcenter, Administration: Bund oder Land, Lesezugriff: jede). Ein erzeugtes Einmalkennwort steht ' +
    'nur in dieser Antwort. 409: den Benutzernamen gibt es schon; 422 nennt jedes Feld.',
  request: {
    body: { content: { 'application/json': { schema: createUserSchema } }, required: true },
  },
  responses: { 201: json(createdUserSchema, 'angelegt'), ...errors(...BODY_ERRORS, 409) },
});

export function registerCreateUserAccount(app: App) {
  app.openapi(route, async (c) =>
    c.json(await createUserAccount(c.get('ctx'), c.req.valid('json')), 201),
  );
}
