import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { userAccountSchema } from '../../../contracts/admin-users.ts';
import { listUsers } from '../../../services/administration/list-users.ts';
import { errors, json } from '../responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/admin/users',
  operationId: 'listUserAccounts',
  tags: ['Administration'],
  summary:
    'Alle Benutzerkonten mit Rolle, Einheit, Berechtigungen und letzter Anmeldung. Nur Administration.',
  description:
    'Ohne Kennwort-Hashes. Die letzte Anmeldung stammt aus dem Audit-Protokoll. Alle anderen Rollen erhalten 403.',
  responses: {
    200: json(z.array(userAccountSchema), 'Benutzerkonten, nach Benutzername'),
    ...errors(403),
  },
});

export function registerListUserAccounts(app: App) {
  app.openapi(route, async (c) => c.json(await listUsers(c.get('ctx')), 200));
}
