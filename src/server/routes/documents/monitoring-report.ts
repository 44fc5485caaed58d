import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { monthSchema } from '../../../contracts/values.ts';
import { CONTENT_TYPES } from '../../../services/documents/document-file.ts';
import { renderMonitoringReport } from '../../../services/documents/monitoring-report.ts';
import { key } from '../../../contracts/input.ts';
import { datenstandQuery, fileResponse, fileResponses } from './file-response.ts';

const route = createRoute({
  method: 'get',
  path: '/api/reports/monitoring',
  operationId: 'getMonitoringReport',
  tags: ['Dokumente'],
  summary:
    'Monitoringbericht einer Einheit für einen Monat (PDF): Stand jedes Ziels mit Grafiken, Vergleich der örtlichen Jobcenter',
  description:
    'Wer darf: wer die Einheit sieht (die eigene Einheit und alle darunter). Jeder Export wird im Audit-Protokoll vermerkt (export.monitoring_report).',
  request: {
    query: z.object({
      unit: key('Einheit').describe('Id der Einheit (Träger oder örtliches Jobcenter)'),
      month: monthSchema.describe('Berichtsmonat JJJJ-MM'),
      format: z.enum(['pdf']).default('pdf'),
      datenstand: datenstandQuery,
    }),
  },
  responses: fileResponses([CONTENT_TYPES.pdf], 'Monitoringbericht'),
});

export function registerMonitoringReport(app: App) {
  app.openapi(route, async (c) => {
    const { unit, month, datenstand } = c.req.valid('query');
    return fileResponse(
      await renderMonitoringReport(c.get('ctx'), { unitId: unit, month, datenstand }),
    );
  });
}
