import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementSummarySchema } from '../../../contracts/agreements.ts';
import { deriveCascade } from '../../../services/agreements/derive-cascade.ts';
import { ERRORS, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const route = createRoute({
  method: 'post', path: '/api/agreements/{id}/cascade', tags: ['Zielvereinbarungen'],
  summary: 'Ziele des Trägers in Entwürfe für seine örtlichen Jobcenter übernehmen (nur für Jobcenter ohne Vereinbarung in diesem Jahr)',
  request: {
    params: idParam,
    body: { content: { 'application/json': { schema: z.object({ legalBasis: z.string().min(1, 'Rechtsgrundlage fehlt'), unitIds: z.array(z.string()).optional() }) } }, required: true },
  },
  responses: { 201: json(z.array(agreementSummarySchema), 'angelegte Entwürfe'), 404: ERRORS[404], 409: ERRORS[409], 422: ERRORS[422] },
});

export function registerDeriveCascade(app: App) {
  app.openapi(route, async (c) => c.json(await deriveCascade(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201));
}
