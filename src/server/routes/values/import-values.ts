import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { importValuesSchema } from '../../../contracts/values.ts';
import { importValues } from '../../../services/values/import-values.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';

const route = createRoute({
  method: 'post',
  path: '/api/datenstaende',
  operationId: 'importValues',
  tags: ['Werte'],
  summary:
    'Neuen Datenstand laden (z. B. veröffentlichte BA-Zahlen von Hand): alle Werte oder keiner',
  request: {
    body: { content: { 'application/json': { schema: importValuesSchema } }, required: true },
  },
  responses: {
    201: json(z.object({ datenstandId: z.number(), rows: z.number() }), 'geladen'),
    ...errors(...BODY_ERRORS),
  },
});

export function registerImportValues(app: App) {
  app.openapi(route, async (c) => {
    const { datenstand, values } = c.req.valid('json');
    return c.json(await importValues(c.get('ctx'), datenstand, values), 201);
  });
}
