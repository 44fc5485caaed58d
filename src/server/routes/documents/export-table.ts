import { PassThrough } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { exportQuerySchema, exportTableSchema } from '../../../contracts/exports.ts';
import { toAsciiFileName } from '../../../documents/models/file-name.ts';
import { renderCsv } from '../../../documents/render/table/render-csv.ts';
import { writeXlsx } from '../../../documents/render/table/render-xlsx.ts';
import { CONTENT_TYPES, documentFile } from '../../../services/documents/document-file.ts';
import { recordTableExport } from '../../../services/documents/table-export.ts';
import { BODY_ERRORS, errors } from '../responses.ts';
import { fileResponse, fileResponses, streamResponse } from './file-response.ts';

const route = createRoute({
  method: 'post',
  path: '/api/exports',
  operationId: 'exportTable',
  tags: ['Dokumente'],
  summary:
    'Eine Tabelle der Anwendung als XLSX oder CSV (CSV: Standard für deutsches Excel, Semikolon und Dezimalkomma)',
  description:
    'Wer darf: jeder angemeldete Benutzer (die Tabelle kommt aus der Anfrage). Jeder Export wird im Audit-Protokoll vermerkt (export.table: Titel, Spalten, Zahl der Zeilen).',
  request: {
    query: exportQuerySchema,
    body: { content: { 'application/json': { schema: exportTableSchema } }, required: true },
  },
  responses: {
    ...fileResponses([CONTENT_TYPES.xlsx, CONTENT_TYPES.csv], 'Tabelle als Datei'),
    ...errors(...BODY_ERRORS),
  },
});

export function registerExportTable(app: App) {
  app.openapi(route, async (c) => {
    const { format, dialect } = c.req.valid('query');
    const table = c.req.valid('json');
    const name = toAsciiFileName(table.title);
    await recordTableExport(c.get('ctx'), table, format);
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
