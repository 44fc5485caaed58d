import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { monthSchema } from '../../../contracts/values.ts';
import { CONTENT_TYPES } from '../../../services/documents/document-file.ts';
import { renderDialogueAgenda } from '../../../services/documents/dialogue-agenda.ts';
import { idParam } from '../agreements/get-agreement.ts';
import { datenstandQuery, fileResponse, fileResponses } from './file-response.ts';

const route = createRoute({
  method: 'get',
  path: '/api/agreements/{id}/dialogue-agenda',
  operationId: 'getDialogueAgenda',
  tags: ['Dokumente'],
  summary:
    'Vorbereitung des Zielsteuerungsdialogs (PDF): Tagesordnung aus den gefährdeten und verfehlten Zielen mit ihren Zahlen',
  description:
    'Wer darf: wer die Einheit der Vereinbarung sieht (die eigene Einheit und alle darunter). Jeder Export wird im Audit-Protokoll vermerkt (export.dialogue_agenda).',
  request: {
    params: idParam,
    query: z.object({
      month: monthSchema
        .optional()
        .describe('Stand der Zahlen JJJJ-MM, Standard: der neueste Monat mit Daten'),
      datenstand: datenstandQuery,
    }),
  },
  responses: fileResponses([CONTENT_TYPES.pdf], 'Vorbereitung des Dialogs'),
});

export function registerDialogueAgenda(app: App) {
  app.openapi(route, async (c) =>
    fileResponse(
      await renderDialogueAgenda(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')),
    ),
  );
}
