import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { checkAgreementCascade } from '../../../services/agreements/check-cascade.ts';
import { datenstandRef } from '../../../contracts/input.ts';
import { errors, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const findingSchema = z.object({
  severity: z.enum(['fehler', 'hinweis']),
  code: z.string(),
  goal: z.string(),
  targetId: z.string(),
  unitId: z.string().nullable(),
  message: z.string(),
});

const route = createRoute({
  method: 'get',
  path: '/api/agreements/{id}/cascade-check',
  operationId: 'checkAgreementCascade',
  tags: ['Zielvereinbarungen'],
  summary:
    'Ergeben die Vereinbarungen mit den örtlichen Jobcentern zusammen das Ziel des Trägers? Befunde je Ziel und Jobcenter',
  request: { params: idParam, query: z.object({ datenstand: datenstandRef() }) },
  responses: {
    200: json(
      z.object({
        agreementId: z.string(),
        locals: z.array(z.object({ agreementId: z.string(), unitId: z.string() })),
        findings: z.array(findingSchema),
      }),
      'Befunde; leer, wenn alles aufgeht',
    ),
    ...errors(404, 422),
  },
});

export function registerCheckCascade(app: App) {
  app.openapi(route, async (c) =>
    c.json(
      await checkAgreementCascade(
        c.get('ctx'),
        c.req.valid('param').id,
        c.req.valid('query').datenstand,
      ),
      200,
    ),
  );
}
