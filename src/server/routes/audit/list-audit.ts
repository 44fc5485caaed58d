import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { listAuditTrail } from '../../../services/audit-trail.ts';
import { key } from '../../../contracts/input.ts';
import { errors, json } from '../responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/audit',
  operationId: 'listAuditTrail',
  tags: ['Protokoll'],
  summary: 'Änderungsprotokoll eines Datensatzes: wer, wann, was',
  request: {
    query: z.object({
      entity: z.enum(['agreement', 'datenstand'], {
        error: 'Art: erwartet agreement oder datenstand',
      }),
      id: key('Id'),
    }),
  },
  responses: {
    200: json(
      z.array(
        z.object({ at: z.string(), actor: z.string(), action: z.string(), detail: z.unknown() }),
      ),
      'Einträge, älteste zuerst',
    ),
    ...errors(403, 404, 422),
  },
});

export function registerListAudit(app: App) {
  app.openapi(route, async (c) => {
    const { entity, id } = c.req.valid('query');
    return c.json(await listAuditTrail(c.get('ctx'), entity, id), 200);
  });
}
