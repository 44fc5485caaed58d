import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementViewSchema, updateContentSchema } from '../../../contracts/agreements.ts';
import { updateAgreementContent } from '../../../services/agreements/update-content.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const route = createRoute({
  method: 'put',
  path: '/api/agreements/{id}/content',
  operationId: 'updateAgreementContent',
  tags: ['Zielvereinbarungen'],
  summary:
    'Inhalt der aktuellen Fassung ändern (nur Entwurf/in Verhandlung; nach Unterzeichnung nur der Stand von Meilensteinen)',
  request: {
    params: idParam,
    body: { content: { 'application/json': { schema: updateContentSchema } }, required: true },
  },
  responses: { 200: json(agreementViewSchema, 'geändert'), ...errors(...BODY_ERRORS, 404, 409) },
});

export function registerUpdateContent(app: App) {
  app.openapi(route, async (c) =>
    c.json(
      await updateAgreementContent(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
