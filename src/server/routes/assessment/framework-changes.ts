import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import {
  frameworkChangeInputSchema,
  frameworkChangeSchema,
} from '../../../contracts/monitoring.ts';
import {
  listFrameworkChanges,
  recordFrameworkChange,
} from '../../../services/assessment/framework-changes.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';
import { idParam } from '../agreements/get-agreement.ts';

const list = createRoute({
  method: 'get',
  path: '/api/agreements/{id}/framework-changes',
  operationId: 'listFrameworkChanges',
  tags: ['Bewertung'],
  summary: 'Dokumentierte Änderungen der Rahmenbedingungen',
  request: { params: idParam },
  responses: { 200: json(z.array(frameworkChangeSchema), 'Änderungen'), ...errors(404) },
});

const create = createRoute({
  method: 'post',
  path: '/api/agreements/{id}/framework-changes',
  operationId: 'recordFrameworkChange',
  tags: ['Bewertung'],
  summary: 'Änderung der Rahmenbedingungen dokumentieren',
  request: {
    params: idParam,
    body: {
      content: { 'application/json': { schema: frameworkChangeInputSchema } },
      required: true,
    },
  },
  responses: {
    201: json(frameworkChangeSchema, 'dokumentiert'),
    ...errors(...BODY_ERRORS, 404, 409),
  },
});

export function registerFrameworkChanges(app: App) {
  app.openapi(list, async (c) =>
    c.json(await listFrameworkChanges(c.get('ctx'), c.req.valid('param').id), 200),
  );
  app.openapi(create, async (c) =>
    c.json(
      await recordFrameworkChange(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
}
