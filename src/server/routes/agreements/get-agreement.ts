import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementViewSchema } from '../../../contracts/agreements.ts';
import { getAgreement } from '../../../services/agreements/get-agreement.ts';
import { queryPositiveInt } from '../../../contracts/input.ts';
import { errors, json } from '../responses.ts';

export const idParam = z.object({
  id: z
    .uuid({ error: 'Id der Zielvereinbarung: UUID erwartet' })
    .describe('Id der Zielvereinbarung'),
});

const route = createRoute({
  method: 'get',
  path: '/api/agreements/{id}',
  operationId: 'getAgreement',
  tags: ['Zielvereinbarungen'],
  summary: 'Eine Zielvereinbarung mit Inhalt, Fassungen und Verlauf',
  request: {
    params: idParam,
    query: z.object({
      version: queryPositiveInt('Fassung').optional().describe('Fassung, Standard: die aktuelle'),
    }),
  },
  responses: { 200: json(agreementViewSchema, 'Zielvereinbarung'), ...errors(404, 422) },
});

export function registerGetAgreement(app: App) {
  app.openapi(route, async (c) =>
    c.json(
      await getAgreement(c.get('ctx'), c.req.valid('param').id, c.req.valid('query').version),
      200,
    ),
  );
}
