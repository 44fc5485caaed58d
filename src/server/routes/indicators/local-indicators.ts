import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { listLocalIndicators, saveLocalIndicator } from '../../../services/indicators/local-indicators.ts';
import { ERRORS, json } from '../responses.ts';
import { BASE_QUANTITIES } from '../../../domain/kpi/catalog.ts';

const source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manuell') }),
  z.object({
    kind: z.literal('regel'),
    quantity: z.enum(BASE_QUANTITIES),
    filter: z.object({ minAge: z.number().int().min(15).optional(), maxAge: z.number().int().max(67).optional(), alleinerziehend: z.boolean().optional(), lzb: z.boolean().optional() }),
  }),
]);
const indicator = z.object({
  id: z.string().regex(/^[A-Z0-9_]{2,40}$/, 'Kennung aus Großbuchstaben, Ziffern und _'),
  name: z.string().min(1, 'Name fehlt'), definition: z.string().min(1, 'Definition fehlt'), unit: z.string().min(1, 'Einheit fehlt'), source,
});

const list = createRoute({
  method: 'get', path: '/api/local-indicators', tags: ['Werte'], summary: 'Lokale Kennzahlen mit Definition, Einheit und Quelle',
  responses: { 200: json(z.array(indicator.extend({ rowVersion: z.number() })), 'lokale Kennzahlen') },
});
const save = createRoute({
  method: 'put', path: '/api/local-indicators/{id}', tags: ['Werte'], summary: 'Lokale Kennzahl anlegen (rowVersion null) oder ändern',
  request: { params: z.object({ id: z.string() }), body: { content: { 'application/json': { schema: indicator.extend({ rowVersion: z.number().int().positive().nullable() }) } }, required: true } },
  responses: { 200: json(indicator.extend({ rowVersion: z.number() }), 'gespeichert'), 403: ERRORS[403], 409: ERRORS[409], 422: ERRORS[422] },
});

export function registerLocalIndicators(app: App) {
  app.openapi(list, async (c) => c.json(await listLocalIndicators(c.get('ctx')), 200));
  app.openapi(save, async (c) => {
    const { rowVersion, ...body } = c.req.valid('json');
    if (body.id !== c.req.valid('param').id) return c.json({ error: { code: 'validation', message: 'Kennung im Pfad und im Inhalt verschieden', details: [{ path: 'json.id', message: 'muss der Kennung im Pfad entsprechen' }] } }, 422);
    return c.json(await saveLocalIndicator(c.get('ctx'), body, rowVersion), 200);
  });
}
