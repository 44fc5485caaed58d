import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { adminUnitSchema, createUnitSchema } from '../../../contracts/admin-units.ts';
import { createUnit } from '../../../services/administration/create-unit.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';

const route = createRoute({
  method: 'post',
  path: '/api/admin/units',
  operationId: 'createUnit',
  tags: ['Administration'],
  summary:
    'Einheit anlegen (Art, übergeordnete Einheit ab dem ersten Tag, Trägerform und Vergleichstyp bei Trägern, Schlüssel). Nur Administration.',
  description:
    'Baumregeln: über einem örtlichen Jobcenter steht ein Träger, über einem Träger ein Land, über ' +
    'einem Land der Bund; zkT/gE nur bei Trägern (422 nennt das Feld). Organisationen außerhalb des ' +
    'Trägerbaums (BMAS, BA › Regionaldirektion › Agentur für Arbeit, kommunaler Träger einer gE) ' +
    'sind Vertragspartner ohne eigene Zahlen. Regionalschlüssel: 2 Ziffern (Land), 5 (Kreis, ' +
    'kreisfreie Stadt), 8 oder 12 (Gemeinde); Jobcenter-Nummer 5, Dienststellennummer 3 Ziffern; ' +
    'Vergleichstyp Ia … IIIe. 409: die Kennung gibt es schon.',
  request: {
    body: { content: { 'application/json': { schema: createUnitSchema } }, required: true },
  },
  responses: { 201: json(adminUnitSchema, 'angelegt'), ...errors(...BODY_ERRORS, 409) },
});

export function registerCreateUnit(app: App) {
  app.openapi(route, async (c) => c.json(await createUnit(c.get('ctx'), c.req.valid('json')), 201));
}
