import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { agreementViewSchema } from '../../../contracts/agreements.ts';
import { draftNextYear } from '../../../services/agreements/draft-next-year.ts';
import { boundedInt } from '../../../contracts/input.ts';
import { BODY_ERRORS, errors, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const route = createRoute({
  method: 'post',
  path: '/api/agreements/{id}/next-year-draft',
  operationId: 'draftNextYear',
  tags: ['Zielvereinbarungen'],
  summary: 'Entwurf für das Folgejahr aus dieser Zielvereinbarung',
  request: {
    params: idParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            year: boundedInt('Jahr', 2005, 2100).optional().describe('Standard: das Folgejahr'),
          }),
        },
      },
      required: false,
    },
  },
  responses: {
    201: json(
      agreementViewSchema,
      'Entwurf angelegt; reviewMarks nennt jeden Text mit Jahresangabe (geändert oder zu prüfen)',
    ),
    ...errors(...BODY_ERRORS, 404, 409),
  },
});

export function registerDraftNextYear(app: App) {
  app.openapi(route, async (c) =>
    c.json(
      await draftNextYear(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')?.year),
      201,
    ),
  );
}
