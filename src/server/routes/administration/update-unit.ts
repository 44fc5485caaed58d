import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { adminUnitSchema, unitIdParam, updateUnitSchema } from '../../../contracts/admin-units.ts';
import { updateUnit } from '../../../services/administration/update-unit.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';

const route = createRoute({
  method: 'patch',
  path: '/api/admin/units/{id}',
  operationId: 'updateUnit',
  tags: ['Administration'],
  summary:
    'Einheit umbenennen, Trägerform, Schlüssel oder Vergleichstyp ändern, ab einem Tag verschieben oder schließen. Nur Administration.',
  description:
    'Mit dem gelesenen rowVersion (409 mit der aktuellen Einheit, wenn sie inzwischen geändert wurde). ' +
    'Verschieben beendet die bisherige Zuordnung am Vortag. Schließen setzt den letzten Tag; nicht ' +
    'solange Einheiten darunter oder aktive Benutzer dazu gehören (422). Regionalschlüssel und ' +
    'Jobcenter-/Dienststellennummer: Ziffern in der Länge der Art (422 mit dem Feld); ein ' +
    'Vergleichstyp (Ia … IIIe, nur Träger) gilt ab einem Tag, der bisherige endet am Vortag.',
  request: {
    params: unitIdParam,
    body: { content: { 'application/json': { schema: updateUnitSchema } }, required: true },
  },
  responses: { 200: json(adminUnitSchema, 'geändert'), ...errors(...BODY_ERRORS, 404, 409) },
});

export function registerUpdateUnit(app: App) {
  app.openapi(route, async (c) =>
    c.json(await updateUnit(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
