import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { changeSchema } from '../../../contracts/agreements.ts';
import { compareAgreementVersions } from '../../../services/agreements/compare-versions.ts';
import { queryPositiveInt } from '../../../contracts/input.ts';
import { errors, json } from '../responses.ts';
import { idParam } from './get-agreement.ts';

const route = createRoute({
  method: 'get',
  path: '/api/agreements/{id}/compare',
  operationId: 'compareAgreementVersions',
  tags: ['Zielvereinbarungen'],
  summary: 'Zwei Fassungen vergleichen',
  request: {
    params: idParam,
    query: z.object({ from: queryPositiveInt('von Fassung'), to: queryPositiveInt('bis Fassung') }),
  },
  responses: {
    200: json(
      z.object({ from: z.number(), to: z.number(), changes: z.array(changeSchema) }),
      'Unterschiede',
    ),
    ...errors(404, 422),
  },
});

export function registerCompare(app: App) {
  app.openapi(route, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(
      await compareAgreementVersions(c.get('ctx'), c.req.valid('param').id, from, to),
      200,
    );
  });
}
