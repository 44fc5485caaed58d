import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { listAuditTrail } from '../../../services/audit-trail.ts';
import { ERRORS, json } from '../responses.ts';

const route = createRoute({
  method: 'get', path: '/api/audit', tags: ['Protokoll'], summary: 'Änderungsprotokoll eines Datensatzes: wer, wann, was',
  request: { query: z.object({ entity: z.enum(['agreement', 'datenstand']), id: z.string().min(1) }) },
  responses: { 200: json(z.array(z.object({ at: z.string(), actor: z.string(), action: z.string(), detail: z.unknown() })), 'Einträge, älteste zuerst'), 403: ERRORS[403], 404: ERRORS[404], 422: ERRORS[422] },
});

export function registerListAudit(app: App) {
  app.openapi(route, async (c) => {
    const { entity, id } = c.req.valid('query');
    return c.json(await listAuditTrail(c.get('ctx'), entity, id), 200);
  });
}
