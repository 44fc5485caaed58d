import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import {
  passwordResetSchema,
  resetPasswordSchema,
  userIdParam,
} from '../../../contracts/admin-users.ts';
import { resetUserPassword } from '../../../services/administration/reset-password.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';

const route = createRoute({
  method: 'post',
  path: '/api/admin/users/{id}/password',
  operationId: 'resetUserPassword',
  tags: ['Administration'],
  summary:
    'Kennwort eines anderen Kontos neu setzen (vorgegeben oder als Einmalkennwort erzeugt). Nur Administration.',
  description:
    'Beendet alle Sitzungen des Kontos. Ein erzeugtes Einmalkennwort steht nur in dieser Antwort. ' +
    'Das eigene Kennwort ändert man mit dem bisherigen (PUT /api/session/password), hier nicht (403).',
  request: {
    params: userIdParam,
    body: { content: { 'application/json': { schema: resetPasswordSchema } }, required: true },
  },
  responses: { 200: json(passwordResetSchema, 'neu gesetzt'), ...errors(...BODY_ERRORS, 404) },
});

export function registerResetUserPassword(app: App) {
  app.openapi(route, async (c) =>
    c.json(
      await resetUserPassword(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
