import { createRoute, z } from '@hono/zod-openapi';
import type { App, AppDeps } from '../../app-types.ts';
import { ERRORS } from '../responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/health',
  operationId: 'getHealth',
  tags: ['System'],
  security: [],
  summary:
    'Betriebszustand (für Lastverteiler und Überwachung; sagt nur ok oder gestört). Für alle.',
  responses: {
    200: {
      description: 'Dienst und Datenbank antworten',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('ok'), store: z.literal('ok') }),
        },
      },
    },
    421: ERRORS[421],
    503: {
      description: 'Datenbank antwortet nicht',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('degraded'), store: z.literal('unavailable') }),
        },
      },
    },
  },
});

export function registerHealth(app: App, deps: AppDeps) {
  app.openapi(route, async (c) =>
    (await deps.checkStore().catch(() => false))
      ? c.json({ status: 'ok' as const, store: 'ok' as const }, 200)
      : c.json({ status: 'degraded' as const, store: 'unavailable' as const }, 503),
  );
}
