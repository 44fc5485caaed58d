import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { decisionInputSchema, decisionSchema } from '../../../contracts/monitoring.ts';
import { listDecisions, recordDecision } from '../../../services/assessment/record-decision.ts';
import { key } from '../../../contracts/input.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';
import { idParam } from '../agreements/get-agreement.ts';

const list = createRoute({
  method: 'get',
  path: '/api/agreements/{id}/assessments',
  operationId: 'listAssessmentDecisions',
  tags: ['Bewertung'],
  summary: 'Entscheidungen der Jahresbewertung je Ziel',
  request: { params: idParam },
  responses: { 200: json(z.array(decisionSchema), 'Entscheidungen'), ...errors(404) },
});

const decide = createRoute({
  method: 'put',
  path: '/api/agreements/{id}/assessments/{targetId}',
  operationId: 'recordAssessmentDecision',
  tags: ['Bewertung'],
  summary:
    'Jahresbewertung eines Ziels festhalten: Systemergebnis, Entscheidung, Anpassung mit Begründung',
  request: {
    params: idParam.extend({
      targetId: key('Ziel-Kennung').describe('Kennung des Ziels in der Zielvereinbarung'),
    }),
    body: { content: { 'application/json': { schema: decisionInputSchema } }, required: true },
  },
  responses: { 200: json(decisionSchema, 'festgehalten'), ...errors(...BODY_ERRORS, 404, 409) },
});

export function registerDecisions(app: App) {
  app.openapi(list, async (c) =>
    c.json(await listDecisions(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(decide, async (c) => {
    const { id, targetId } = c.req.valid('param');
    return c.json(
      await recordDecision(c.get('ctx'), id, { ...c.req.valid('json'), targetId }),
      200,
    );
  });
}
