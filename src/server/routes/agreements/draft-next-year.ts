import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementViewSchema } from '../../../contracts/agreements.ts';
import { draftNextYear } from '../../../services/agreements/draft-next-year.ts';
import { ERRORS, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const route = createRoute({
  method: 'post', path: '/api/agreements/{id}/next-year-draft', tags: ['Zielvereinbarungen'], summary: 'Entwurf für das Folgejahr aus dieser Zielvereinbarung',
  request: { params: idParam, body: { content: { 'application/json': { schema: z.object({ year: z.number().int().min(2005).max(2100).optional() }) } }, required: false } },
  responses: { 201: json(agreementViewSchema, 'Entwurf angelegt'), 404: ERRORS[404], 409: ERRORS[409] },
});

export function registerDraftNextYear(app: App) {
  app.openapi(route, async (c) => c.json(await draftNextYear(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')?.year), 201));
}
