import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { compareJobcenters } from '../../../services/comparison/compare-jobcenters.ts';
import { ERRORS, json } from '../responses.ts';
import { comparisonQueryBase, jobcenterComparisonSchema } from './schema.ts';

const route = createRoute({
  method: 'get', path: '/api/comparison', tags: ['Vergleich'],
  summary: 'Kreisinterner Kennzahlenvergleich: die örtlichen Jobcenter eines Trägers nebeneinander, mit Verteilung; kleine Zahlen ohne Berechtigung unterdrückt',
  request: { query: z.object({ parent: z.string().min(1).describe('Träger, dessen örtliche Jobcenter verglichen werden'), ...comparisonQueryBase }) },
  responses: { 200: json(jobcenterComparisonSchema, 'Vergleich'), 404: ERRORS[404], 422: ERRORS[422] },
});

export function registerComparison(app: App) {
  app.openapi(route, async (c) => c.json(await compareJobcenters(c.get('ctx'), c.req.valid('query')), 200));
}
