import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementSummarySchema } from '../../../contracts/agreements.ts';
import { deriveCascade } from '../../../services/agreements/derive-cascade.ts';
import { key, requiredText } from '../../../contracts/input.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const route = createRoute({
  method: 'post',
  path: '/api/agreements/{id}/cascade',
  operationId: 'deriveAgreementCascade',
  tags: ['Zielvereinbarungen'],
  summary:
    'Ziele des Trägers in Entwürfe für seine örtlichen Jobcenter übernehmen (nur für Jobcenter ohne Vereinbarung in diesem Jahr)',
  request: {
    params: idParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            legalBasis: requiredText('Rechtsgrundlage', 10_000),
            unitIds: z
              .array(key('Einheit'))
              .max(1000, { error: 'Einheiten: höchstens 1000' })
              .optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: json(z.array(agreementSummarySchema), 'angelegte Entwürfe'),
    ...errors(...BODY_ERRORS, 404, 409),
  },
});

export function registerDeriveCascade(app: App) {
  app.openapi(route, async (c) =>
    c.json(await deriveCascade(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );
}
