import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import {
  listLocalIndicators,
  saveLocalIndicator,
} from '../../../services/indicators/local-indicators.ts';
import { key, positiveInt } from '../../../contracts/input.ts';
import {
  localIndicatorInputSchema as indicator,
  localIndicatorSchema,
} from '../../../contracts/local-indicator.ts';
import { AppError } from '../../../services/errors.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';

const stored = localIndicatorSchema.extend({ rowVersion: z.number() });
const listed = stored.extend({
  editable: z.boolean().describe('ob der Benutzer diese lokale Kennzahl ändern darf'),
});

const list = createRoute({
  method: 'get',
  path: '/api/local-indicators',
  operationId: 'listLocalIndicators',
  tags: ['Werte'],
  summary: 'Lokale Kennzahlen mit Definition, Einheit und Quelle',
  responses: {
    200: json(z.array(listed), 'lokale Kennzahlen'),
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
