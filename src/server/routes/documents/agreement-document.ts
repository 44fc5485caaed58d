import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { renderAgreementFile } from '../../../services/documents/agreement-file.ts';
import { CONTENT_TYPES } from '../../../services/documents/document-file.ts';
import { idParam } from '../agreements/get-agreement.ts';
import { queryPositiveInt } from '../../../contracts/input.ts';
import { fileResponse, fileResponses } from './file-response.ts';

const route = createRoute({
  method: 'get',
  path: '/api/agreements/{id}/document',
  operationId: 'getAgreementDocument',
  tags: ['Dokumente'],
  summary:
    'Die Zielvereinbarung als PDF oder Word-Datei (bis zur Unterzeichnung mit Wasserzeichen ENTWURF)',
  description:
    'Wer darf: wer die Einheit der Vereinbarung sieht (die eigene Einheit und alle darunter). Jeder Export wird im Audit-Protokoll vermerkt (export.agreement_document).',
  request: {
    params: idParam,
    query: z.object({
      format: z.enum(['pdf', 'docx']).default('pdf'),
      version: queryPositiveInt('Fassung').optional().describe('Fassung, Standard: die aktuelle'),
    }),
  },
  responses: fileResponses([CONTENT_TYPES.pdf, CONTENT_TYPES.docx], 'Zielvereinbarung'),
});

export function registerAgreementDocument(app: App) {
  app.openapi(route, async (c) => {
    const { format, version } = c.req.valid('query');
    return fileResponse(
      await renderAgreementFile(c.get('ctx'), c.req.valid('param').id, format, version),
    );
  });
}
