import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { adminUnitSchema, unitTreeQuerySchema } from '../../../contracts/admin-units.ts';
import { listUnitTree } from '../../../services/administration/list-unit-tree.ts';
import { errors, json } from '../responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/admin/units',
  operationId: 'listUnitTree',
  tags: ['Administration'],
  summary:
    'Der ganze Einheitenbaum mit Gültigkeit und Zuordnungen, auch geschlossene Einheiten. Nur Administration.',
  request: { query: unitTreeQuerySchema },
  responses: {
    200: json(z.array(adminUnitSchema), 'Einheiten, nach Kennung'),
    ...errors(403, 422),
  },
});

export function registerListUnitTree(app: App) {
  app.openapi(route, async (c) =>
    c.json(await listUnitTree(c.get('ctx'), c.req.valid('query').date), 200),
  );
}
