import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementViewSchema, updateContentSchema } from '../../../contracts/agreements.ts';
import { updateAgreementContent } from '../../../services/agreements/update-content.ts';
import { ERRORS, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const route = createRoute({
  method: 'put', path: '/api/agreements/{id}/content', tags: ['Zielvereinbarungen'],
  summary: 'Inhalt der aktuellen Fassung ändern (nur Entwurf/in Verhandlung; nach Unterzeichnung nur der Stand von Meilensteinen)',
  request: { params: idParam, body: { content: { 'application/json': { schema: updateContentSchema } }, required: true } },
  responses: { 200: json(agreementViewSchema, 'geändert'), 404: ERRORS[404], 409: ERRORS[409], 422: ERRORS[422] },
});

export function registerUpdateContent(app: App) {
  app.openapi(route, async (c) => c.json(await updateAgreementContent(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200));
}
