import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import {
  listLocalIndicators,
  saveLocalIndicator,
} from '../../../services/indicators/local-indicators.ts';
import { boundedInt, key, positiveInt, requiredText } from '../../../contracts/input.ts';
import { AppError } from '../../../services/errors.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';
import { BASE_QUANTITIES } from '../../../domain/kpi/catalog.ts';
import { INDICATOR_UNITS } from '../../../domain/agreements/criteria.ts';
import { storedMetric } from '../../../contracts/criterion.ts';

const source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manuell') }),
  z.object({
    kind: z.literal('regel'),
    quantity: z.enum(BASE_QUANTITIES, { error: 'Grundgröße: unbekannte Kennung' }),
    filter: z.object({
      minAge: boundedInt('Mindestalter', 15, 67).optional(),
      maxAge: boundedInt('Höchstalter', 15, 67).optional(),
      alleinerziehend: z.boolean().optional(),
      lzb: z.boolean().optional(),
    }),
  }),
  z.object({
    kind: z.literal('abgeleitet'),
    operation: z.enum(['differenz', 'quotient'], {
      error: 'Verknüpfung: differenz oder quotient erwartet',
    }),
    left: storedMetric('Erste Größe'),
    right: storedMetric('Zweite Größe'),
  }),
]);
const indicatorId = z
  .string({ error: 'Kennung: Text erwartet' })
  .regex(/^[A-Z0-9_]{2,40}$/, { error: 'Kennung aus 2 bis 40 Großbuchstaben, Ziffern und _' });
const indicator = z.object({
  id: indicatorId,
  name: requiredText('Name', 1000),
  definition: requiredText('Definition', 10_000),
  unit: z.enum(INDICATOR_UNITS, {
    error: `Einheit: erwartet ${INDICATOR_UNITS.join(', ')}`,
  }),
  source,
});

/** as stored: indicators saved before the units were fixed may carry another unit word */
const stored = indicator.extend({ unit: z.string(), rowVersion: z.number() });

const list = createRoute({
  method: 'get',
  path: '/api/local-indicators',
  operationId: 'listLocalIndicators',
  tags: ['Werte'],
  summary: 'Lokale Kennzahlen mit Definition, Einheit und Quelle',
  responses: {
    200: json(z.array(stored), 'lokale Kennzahlen'),
    ...errors(),
  },
});
const save = createRoute({
  method: 'put',
  path: '/api/local-indicators/{id}',
  operationId: 'saveLocalIndicator',
  tags: ['Werte'],
  summary: 'Lokale Kennzahl anlegen (rowVersion null) oder ändern',
  // the path names the indicator to create or change: its form is checked with the body's id (422), not as "not found"
  request: {
    params: z.object({
      id: key('Kennung', 40).describe('Kennung der lokalen Kennzahl (wie id im Inhalt)'),
    }),
    body: {
      content: {
        'application/json': {
          schema: indicator.extend({
            rowVersion: positiveInt('Bearbeitungsstand (rowVersion)').nullable(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: json(stored, 'gespeichert'),
    ...errors(...BODY_ERRORS, 404, 409),
  },
});

export function registerLocalIndicators(app: App) {
  app.openapi(list, async (c) => c.json(await listLocalIndicators(c.get('ctx')), 200));
  app.openapi(save, async (c) => {
    const { rowVersion, ...body } = c.req.valid('json');
    if (body.id !== c.req.valid('param').id)
      throw new AppError('validation', 'Kennung im Pfad und im Inhalt verschieden', [
        { path: 'id', message: 'muss der Kennung im Pfad entsprechen' },
      ]);
    return c.json(await saveLocalIndicator(c.get('ctx'), body, rowVersion), 200);
  });
}
