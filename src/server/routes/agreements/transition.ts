import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementViewSchema, transitionSchema } from '../../../contracts/agreements.ts';
import { transitionAgreement } from '../../../services/agreements/transition-agreement.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const route = createRoute({
  method: 'post',
  path: '/api/agreements/{id}/transitions',
  operationId: 'transitionAgreement',
  tags: ['Zielvereinbarungen'],
  summary:
    'Schritt im Ablauf: anbieten, verhandeln, zurückziehen, unterzeichnen (mit Unterschriften), bewerten',
  request: {
    params: idParam,
    body: { content: { 'application/json': { schema: transitionSchema } }, required: true },
  },
  responses: {
    200: json(agreementViewSchema, 'neuer Status'),
    ...errors(...BODY_ERRORS, 404, 409),
  },
});

export function registerTransition(app: App) {
  app.openapi(route, async (c) =>
    c.json(
      await transitionAgreement(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
