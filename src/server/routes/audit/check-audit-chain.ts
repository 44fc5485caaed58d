import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app-types.ts';
import { checkAuditChain } from '../../../services/audit/chain-status.ts';
import { chainCheckSchema } from '../../../contracts/audit.ts';
import { errors, json } from '../responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/audit/chain',
  operationId: 'checkAuditChain',
  tags: ['Protokoll'],
  summary:
    'Prüfung der Hash-Kette des Audit-Protokolls: in Ordnung, oder der erste gebrochene Eintrag',
  description:
    'Wer darf: nur die Administration (Rolle administration). Prüft jeden Eintrag (Hash über den ' +
    'Inhalt, Verweis auf den Vorgänger, keine Lücke, Kettenkopf); das Ergebnis gilt eine Minute, ' +
    'solange kein Eintrag hinzukommt. Dieselbe Prüfung: `npm run cli -- audit verify`.',
  responses: {
    200: json(chainCheckSchema, 'Ergebnis der Prüfung'),
    ...errors(403),
  },
});

export function registerCheckAuditChain(app: App) {
  app.openapi(route, async (c) => c.json(await checkAuditChain(c.get('ctx')), 200));
}
