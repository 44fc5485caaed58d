import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementViewSchema, createAgreementSchema } from '../../../contracts/agreements.ts';
import { createAgreement } from '../../../services/agreements/create-agreement.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';

const route = createRoute({
  method: 'post',
  path: '/api/agreements',
  operationId: 'createAgreement',
  tags: ['Zielvereinbarungen'],
  summary: 'Neue Zielvereinbarung als Entwurf anlegen',
  request: {
    body: { content: { 'application/json': { schema: createAgreementSchema } }, required: true },
  },
  responses: { 201: json(agreementViewSchema, 'angelegt'), ...errors(...BODY_ERRORS, 404, 409) },
});

export function registerCreateAgreement(app: App) {
  app.openapi(route, async (c) =>
    c.json(await createAgreement(c.get('ctx'), c.req.valid('json')), 201),
  );
}
