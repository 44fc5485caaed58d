import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { compareJobcenters } from '../../../services/comparison/compare-jobcenters.ts';
import { key } from '../../../contracts/input.ts';
import { errors, json } from '../responses.ts';
import { comparisonQueryBase, jobcenterComparisonSchema } from './schema.ts';

const route = createRoute({
  method: 'get',
  path: '/api/comparison',
  operationId: 'compareJobcenters',
  tags: ['Vergleich'],
  summary:
    'Kreisinterner Kennzahlenvergleich: die örtlichen Jobcenter eines Trägers nebeneinander, mit Verteilung; ohne Berechtigung für Sozialdaten durch die Offenlegungskontrolle geschützt (•)',
  request: {
    query: z.object({
      parent: key('Träger').describe('Träger, dessen örtliche Jobcenter verglichen werden'),
      ...comparisonQueryBase,
    }),
  },
  responses: { 200: json(jobcenterComparisonSchema, 'Vergleich'), ...errors(404, 422) },
});

export function registerComparison(app: App) {
  app.openapi(route, async (c) =>
    c.json(await compareJobcenters(c.get('ctx'), c.req.valid('query')), 200),
  );
}
