import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { datenstandSchema } from '../../../contracts/values.ts';
import { listDatenstaende } from '../../../services/values/query-values.ts';
import { errors, json } from '../responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/datenstaende',
  operationId: 'listDatenstaende',
  tags: ['Werte'],
  summary: 'Geladene Datenstände, neueste zuerst',
  responses: { 200: json(z.array(datenstandSchema), 'Datenstände'), ...errors() },
});

export function registerListDatenstaende(app: App) {
  app.openapi(route, async (c) => {
    const rows = await listDatenstaende(c.get('ctx'));
    return c.json(
      rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      200,
    );
  });
}
