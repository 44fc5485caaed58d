import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { listVisibleUnits } from '../../../services/units/list-units.ts';
import { calendarDate } from '../../../contracts/input.ts';
import { errors, json } from '../responses.ts';
import { unitSchema } from '../../../contracts/units.ts';

const route = createRoute({
  method: 'get',
  path: '/api/units',
  operationId: 'listUnits',
  tags: ['Einheiten'],
  summary: 'Einheiten, die der Benutzer sehen darf (Baum als Liste)',
  request: {
    query: z.object({
      date: calendarDate('Stichtag')
        .optional()
        .describe('Stichtag der Gültigkeit, Standard: heute'),
      organisationen: z
        .enum(['ja', 'nein'], { error: 'organisationen: ja oder nein erwartet' })
        .optional()
        .describe(
          'ja: auch die Organisationen außerhalb des Trägerbaums (BMAS, BA, Regionaldirektionen, Agenturen für Arbeit, kommunale Träger), aus denen Vertragspartner gewählt werden',
        ),
    }),
  },
  responses: { 200: json(z.array(unitSchema), 'Einheiten'), ...errors(422) },
});

export function registerListUnits(app: App) {
  app.openapi(route, async (c) =>
    c.json(
      await listVisibleUnits(c.get('ctx'), c.req.valid('query').date, {
        organisations: c.req.valid('query').organisationen === 'ja',
      }),
      200,
    ),
  );
}
