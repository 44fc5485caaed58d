import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { overviewQuerySchema, yearOverviewSchema } from '../../../contracts/overview.ts';
import { overviewOfYear } from '../../../services/monitoring/overview.ts';
import { errors, json } from '../responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/overview',
  operationId: 'getYearOverview',
  tags: ['Monitoring'],
  summary:
    'Übersicht eines Jahres: jede sichtbare Zielvereinbarung mit dem Status jedes Ziels, in einer Antwort',
  request: { query: overviewQuerySchema },
  responses: {
    200: json(yearOverviewSchema, 'Zielvereinbarungen mit dem Status ihrer Ziele'),
    ...errors(422),
  },
});

export function registerOverview(app: App) {
  app.openapi(route, async (c) =>
    c.json(await overviewOfYear(c.get('ctx'), c.req.valid('query')), 200),
  );
}
