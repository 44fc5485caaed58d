import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import {
  updatedUserSchema,
  updateUserSchema,
  userIdParam,
} from '../../../contracts/admin-users.ts';
import { updateUserAccount } from '../../../services/administration/update-user.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';

const route = createRoute({
  method: 'patch',
  path: '/api/admin/users/{id}',
  operationId: 'updateUserAccount',
  tags: ['Administration'],
  summary:
    'Benutzerkonto ändern: Name, Rolle, Einheit, Berechtigungen, deaktivieren oder reaktivieren. Nur Administration.',
  description:
    'Mit dem gelesenen rowVersion (409 mit dem aktuellen Konto, wenn es inzwischen geändert wurde). ' +
    'Deaktivieren beendet alle Sitzungen sofort; API-Token bleiben gespeichert, gelten aber nicht, ' +
    'solange das Konto deaktiviert ist (notices sagt es). Das eigene Konto kann nicht deaktiviert und ' +
    'die eigene Rolle nicht geändert werden (403). Löschen gibt es nicht: das Protokoll verweist auf Benutzer.',
  request: {
    params: userIdParam,
    body: { content: { 'application/json': { schema: updateUserSchema } }, required: true },
  },
  responses: { 200: json(updatedUserSchema, 'geändert'), ...errors(...BODY_ERRORS, 404, 409) },
});

export function registerUpdateUserAccount(app: App) {
  app.openapi(route, async (c) =>
    c.json(
      await updateUserAccount(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
