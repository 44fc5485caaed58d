import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { compareWithinVergleichstyp } from '../../../services/comparison/compare-vergleichstyp.ts';
import { key } from '../../../contracts/input.ts';
import { errors, json } from '../responses.ts';
import { comparisonQueryBase, vergleichstypComparisonSchema } from './schema.ts';

const route = createRoute({
  method: 'get',
  path: '/api/comparison/vergleichstyp',
  operationId: 'compareWithinVergleichstyp',
  tags: ['Vergleich'],
  summary:
    'Träger im SGB II-Vergleichstyp oder mit den nächsten Nachbarn; ohne hinterlegten Typ ein leeres Ergebnis mit Begründung',
  request: { query: z.object({ unit: key('Träger').describe('Träger'), ...comparisonQueryBase }) },
  responses: {
    200: json(vergleichstypComparisonSchema, 'Vergleich oder Begründung, warum keiner möglich ist'),
    ...errors(404, 422),
  },
});

export function registerVergleichstyp(app: App) {
  app.openapi(route, async (c) =>
    c.json(await compareWithinVergleichstyp(c.get('ctx'), c.req.valid('query')), 200),
  );
}
