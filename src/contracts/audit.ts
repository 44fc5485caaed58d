/**
 * Contract of the audit trail (docs/audit.md): the filters of GET /api/audit and its export, a
 * record as the API shows it, and the state of the hash chain.
 */
import { z } from 'zod';
import { calendarDate, key, queryInt, YEAR_MAX, YEAR_MIN } from './input.ts';

/** Records per page at most. */
export const AUDIT_PAGE_MAX = 500;
/** Records per export at most (the limit of every table export). */
export const AUDIT_EXPORT_MAX = 100_000;

const dateTime = (what: string) => {
  const expected = `${what}: Datum JJJJ-MM-TT oder Zeitpunkt nach ISO 8601 mit Zeitzone erwartet`;
  return z.union(
    [
      calendarDate(what),
      z.iso
        .datetime({ offset: true, error: expected, abort: true })
        .refine((t) => Number(t.slice(0, 4)) >= YEAR_MIN && Number(t.slice(0, 4)) <= YEAR_MAX, {
          error: `${what}: Jahr zwischen ${YEAR_MIN} und ${YEAR_MAX} erwartet`,
        }),
    ],
    { error: expected },
  );
};

/** The filters, shared by the list and the export. */
export const auditFilterSchema = z.object({
  from: dateTime('Von')
    .optional()
    .describe('ab diesem Zeitpunkt (einschließlich); ein Datum JJJJ-MM-TT meint 0 Uhr UTC'),
  to: dateTime('Bis')
    .optional()
    .describe(
      'bis zu diesem Zeitpunkt (ausschließlich); ein Datum JJJJ-MM-TT schließt diesen Tag (UTC) ein',
    ),
  actor: key('Benutzer').optional().describe('Kennung des handelnden Benutzers'),
  action: key('Aktion')
    .optional()
    .describe('Anfang der Aktion: „agreement.“ findet jede Aktion an Vereinbarungen'),
  entity: key('Art')
    .optional()
    .describe('Art des Datensatzes: agreement, datenstand, unit, indicator, table, audit …'),
  entityId: key('Datensatz').optional().describe('Kennung des Datensatzes (mit entity)'),
  id: key('Datensatz').optional().describe('frühere Schreibweise von entityId (gleichbedeutend)'),
});

export const auditQuerySchema = auditFilterSchema.extend({
  cursor: queryInt('Cursor', 1, Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('nextCursor der vorigen Seite: die Einträge nach diesem'),
  limit: queryInt('Anzahl', 1, AUDIT_PAGE_MAX)
    .default(100)
    .describe(`Einträge je Seite, höchstens ${AUDIT_PAGE_MAX}`),
  order: z
    .enum(['asc', 'desc'], { error: 'Reihenfolge: asc oder desc erwartet' })
    .default('asc')
    .describe('asc: älteste zuerst (Standard), desc: neueste zuerst'),
});

export const auditEntrySchema = z.object({
  id: z.number().int().describe('Position in der Kette: 1, 2, 3 …'),
  at: z.string().describe('Zeitpunkt (ISO 8601, UTC)'),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  detail: z.unknown(),
  hash: z.string().describe('SHA-256 des Eintrags (hex) über Inhalt und Hash des Vorgängers'),
});

export const chainBreakSchema = z.object({
  id: z.number().int(),
  at: z.string().nullable(),
  action: z.string().nullable(),
  problem: z.enum(['content', 'missing', 'order', 'tail', 'beyond_head', 'head', 'anchor']),
  description: z.string(),
});

export const chainCheckSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int().describe('geprüfte Einträge'),
  lastHash: z.string(),
  break: chainBreakSchema.nullable(),
  head: z
    .object({ seq: z.number().int(), hash: z.string() })
    .nullable()
    .describe('der Kettenkopf, wie gespeichert: Nummer und Hash des neuesten Eintrags'),
  /** the sentence the CLI prints */
  message: z.string(),
  checkedAt: z.string().describe('Zeitpunkt der Prüfung (ISO 8601)'),
});

export const chainStateSchema = z.object({
  entries: z.number().int().describe('Einträge laut Kettenkopf'),
  lastHash: z.string().describe('Hash des neuesten Eintrags: zum Notieren außerhalb des Systems'),
  lastAt: z.string().nullable(),
  check: chainCheckSchema
    .nullable()
    .describe('die letzte Prüfung dieses Stands, falls bekannt (sonst GET /api/audit/chain)'),
});

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextCursor: z.number().int().nullable().describe('für die nächste Seite; null: keine weitere'),
  chain: chainStateSchema
    .nullable()
    .describe('Stand der Hash-Kette; nur für die Administration, sonst null'),
});

export const auditExportQuerySchema = auditFilterSchema.extend({
  format: z.enum(['xlsx', 'csv'], { error: 'Format: xlsx oder csv erwartet' }),
  dialect: z.enum(['de', 'international']).default('de'),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;
export type AuditFilterQuery = z.infer<typeof auditFilterSchema>;
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
export type ChainCheckView = z.infer<typeof chainCheckSchema>;
export type ChainStateView = z.infer<typeof chainStateSchema>;
export type AuditPage = z.infer<typeof auditPageSchema>;
