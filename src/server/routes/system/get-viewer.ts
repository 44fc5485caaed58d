import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { errors, json } from '../responses.ts';

const viewerSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['ministerium', 'traeger', 'jobcenter', 'administration', 'leser']),
  unitId: z.string(),
  microdataRights: z
    .boolean()
    .describe('darf Zahlen von 1 und 2 (Sozialdaten) seiner Einheiten sehen'),
});

const route = createRoute({
  method: 'get',
  path: '/api/me',
  operationId: 'getViewer',
  tags: ['System'],
  summary: 'Der handelnde Benutzer (bis zur Anmeldung: der konfigurierte Demo-Benutzer)',
  responses: { 200: json(viewerSchema, 'Benutzer'), ...errors() },
});

/** The web application names the user and decides whether to suppress small counts by it. */
export function registerViewer(app: App) {
  app.openapi(route, (c) => {
    const { id, name, role, unitId, microdataRights } = c.get('ctx').actor;
    return c.json({ id, name, role, unitId, microdataRights }, 200);
  });
}
