import { PassThrough } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { auditExportQuerySchema } from '../../../contracts/audit.ts';
import { renderCsv } from '../../../documents/render/table/render-csv.ts';
import { writeXlsx } from '../../../documents/render/table/render-xlsx.ts';
import { exportAuditTrail } from '../../../services/audit/export-trail.ts';
import { CONTENT_TYPES, documentFile } from '../../../services/documents/document-file.ts';
import { errors } from '../responses.ts';
import { fileResponse, fileResponses, streamResponse } from '../documents/file-response.ts';

const route = createRoute({
  method: 'get',
  path: '/api/audit/export',
  operationId: 'exportAuditTrail',
  tags: ['Protokoll'],
  summary: 'Das Audit-Protokoll als XLSX oder CSV, mit denselben Filtern wie die Liste',
  description:
    'Wer darf: nur die Administration (Rolle administration). Höchstens 100.000 Einträge, ' +
    'älteste zuerst, je mit Hash; der Stand der Kette steht in den Fußnoten (XLSX). Der Export ' +
    'wird selbst protokolliert (export.audit_trail).',
  request: { query: auditExportQuerySchema },
  responses: {
    ...fileResponses([CONTENT_TYPES.xlsx, CONTENT_TYPES.csv], 'Audit-Protokoll als Datei'),
    ...errors(403, 422),
  },
});

export function registerExportAudit(app: App) {
  app.openapi(route, async (c) => {
    const { format, dialect, ...filters } = c.req.valid('query');
    const table = await exportAuditTrail(c.get('ctx'), filters, format);
    const name = 'Audit-Protokoll';
    if (format === 'csv')
      return fileResponse(
        documentFile(Buffer.from(renderCsv(table, dialect), 'utf8'), 'csv', name),
      );
    const stream = new PassThrough();
    writeXlsx(table, stream).catch((error: unknown) => {
      console.error(error);
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return streamResponse(stream, CONTENT_TYPES.xlsx, `${name}.xlsx`);
  });
}
