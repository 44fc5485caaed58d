import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementSummarySchema } from '../../../contracts/agreements.ts';
import { listAgreements } from '../../../services/agreements/get-agreement.ts';
import { key, queryInt } from '../../../contracts/input.ts';
import { errors, json } from '../responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/agreements',
  operationId: 'listAgreements',
  tags: ['Zielvereinbarungen'],
  summary: 'Zielvereinbarungen, die der Benutzer sehen darf',
  request: {
    query: z.object({
      year: queryInt('Jahr', 2005, 2100).optional(),
      within: key('Einheit')
        .optional()
        .describe('nur Einheiten innerhalb dieses Landes oder Trägers'),
    }),
  },
  responses: {
    200: json(z.array(agreementSummarySchema), 'Zielvereinbarungen, steuernde Ebene zuerst'),
    ...errors(422),
  },
});

export function registerListAgreements(app: App) {
  app.openapi(route, async (c) =>
    c.json(await listAgreements(c.get('ctx'), c.req.valid('query')), 200),
  );
}
