import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementMonitoringSchema, monitoringQuerySchema } from '../../../contracts/monitoring.ts';
import { assessAgreement } from '../../../services/monitoring/assess-agreement.ts';
import { errors, json } from '../responses.ts';
import { idParam } from '../agreements/get-agreement.ts';

const route = createRoute({
  method: 'get',
  path: '/api/agreements/{id}/monitoring',
  operationId: 'getAgreementMonitoring',
  tags: ['Monitoring'],
  summary: 'Stand jedes Ziels: Ist, Zielwert, Abstand, Vorjahr, Prognose und Status mit Begründung',
  request: { params: idParam, query: monitoringQuerySchema },
  responses: { 200: json(agreementMonitoringSchema, 'Bewertung je Ziel'), ...errors(404, 422) },
});

export function registerAssessAgreement(app: App) {
  app.openapi(route, async (c) =>
    c.json(await assessAgreement(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')), 200),
  );
}
