import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { CONTENT_TYPES } from '../../../services/documents/document-file.ts';
import { renderAssessmentReport } from '../../../services/documents/assessment-report.ts';
import { idParam } from '../agreements/get-agreement.ts';
import { datenstandQuery, fileResponse, fileResponses } from './file-response.ts';

const route = createRoute({
  method: 'get',
  path: '/api/agreements/{id}/assessment-report',
  operationId: 'getAssessmentReport',
  tags: ['Dokumente'],
  summary:
    'Zielerreichungsbericht (PDF): Ergebnis je Ziel mit Zahlen, Entscheidungen, Anpassungen und ihren Gründen',
  description:
    'Wer darf: wer die Einheit der Vereinbarung sieht (die eigene Einheit und alle darunter). Jeder Export wird im Audit-Protokoll vermerkt (export.assessment_report).',
  request: { params: idParam, query: z.object({ datenstand: datenstandQuery }) },
  responses: fileResponses([CONTENT_TYPES.pdf], 'Zielerreichungsbericht'),
});

export function registerAssessmentReport(app: App) {
  app.openapi(route, async (c) =>
    fileResponse(
      await renderAssessmentReport(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')),
    ),
  );
}
