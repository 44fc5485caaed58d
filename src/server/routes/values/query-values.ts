import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import {
  protectionMarkSchema,
  storedValueSchema,
  valueQuerySchema,
} from '../../../contracts/values.ts';
import { readValues } from '../../../services/values/protect-values.ts';
import { errors, json } from '../responses.ts';

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

const route = createRoute({
  method: 'get',
  path: '/api/values',
  operationId: 'queryValues',
  tags: ['Werte'],
  summary:
    'Grundgrößen, Kennzahlen oder lokale Kennzahlen je Einheit × Monat × Geschlecht, Datenstand „latest“ oder ein bestimmter',
  request: { query: valueQuerySchema },
  responses: {
    200: json(
      z.array(storedValueSchema.extend({ suppressed: protectionMarkSchema })),
      'Werte mit Datenstand und Qualität; ohne Berechtigung für Sozialdaten sind Zahlen örtlicher Jobcenter, die kleine Fallzahlen verraten könnten, geschützt (suppressed)',
    ),
    ...errors(404, 422),
  },
});

export function registerQueryValues(app: App) {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const sex = q.sex === undefined ? undefined : (list(q.sex) as ('insgesamt' | 'm' | 'w')[]);
    const rows = await readValues(c.get('ctx'), {
      unitIds: list(q.units),
      kind: q.kind,
      metrics: list(q.metrics),
      sex,
      from: q.from,
      to: q.to,
      datenstand: q.datenstand,
    });
    return c.json(rows, 200);
  });
}
