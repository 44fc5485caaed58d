import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementViewSchema, reviseSchema } from '../../../contracts/agreements.ts';
import { reviseAgreement } from '../../../services/agreements/revise-agreement.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const route = createRoute({
  method: 'post',
  path: '/api/agreements/{id}/revisions',
  operationId: 'reviseAgreement',
  tags: ['Zielvereinbarungen'],
  summary: 'Änderung nach Unterzeichnung: neue Fassung beginnen',
  request: {
    params: idParam,
    body: { content: { 'application/json': { schema: reviseSchema } }, required: true },
  },
  responses: {
    201: json(agreementViewSchema, 'neue Fassung im Entwurf'),
    ...errors(...BODY_ERRORS, 404, 409),
  },
});

export function registerRevise(app: App) {
  app.openapi(route, async (c) =>
    c.json(await reviseAgreement(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  );
}
