import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { listAuditTrail } from '../../../services/audit-trail.ts';
import { auditPageSchema, auditQuerySchema } from '../../../contracts/audit.ts';
import { errors, json } from '../responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/audit',
  operationId: 'listAuditTrail',
  tags: ['Protokoll'],
  summary: 'Audit-Protokoll: wer hat wann was geändert oder exportiert, gefiltert und seitenweise',
  description:
    'Wer darf: die Administration (Rolle administration) liest das ganze Protokoll mit allen ' +
    'Filtern und dem Stand der Hash-Kette. Alle anderen lesen den Verlauf eines Datensatzes, den ' +
    'sie sehen dürfen (entity und entityId): eine Vereinbarung ihrer Einheiten, einen Datenstand ' +
    '(Ministerium); Exporte erscheinen dort nicht. Ohne Datensatz antwortet 403; eine Vereinbarung ' +
    'außerhalb der eigenen Einheiten 404.',
  request: { query: auditQuerySchema },
  responses: {
    200: json(auditPageSchema, 'Einträge in der gewählten Reihenfolge (Standard: älteste zuerst)'),
    ...errors(403, 404, 422),
  },
});

export function registerListAudit(app: App) {
  app.openapi(route, async (c) =>
    c.json(await listAuditTrail(c.get('ctx'), c.req.valid('query')), 200),
  );
}
