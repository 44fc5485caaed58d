/**
 * Contract of table exports: every table of the web application posts its model and receives
 * the file (POST /api/exports?format=xlsx|csv). The same model is what the documents print, so a
 * table looks the same in a report and in a spreadsheet.
 */
import { z } from 'zod';
import { key, plainText, requiredText } from './input.ts';

export const exportColumnTypeSchema = z.enum(['text', 'number', 'percent', 'date']);

export const exportColumnSchema = z.object({
  key: key('Schlüssel'),
  label: requiredText('Überschrift', 1000),
  /**
   * percent: the value is in percent as Kennzahlen are stored (24.6 = 24,6 %); date: an ISO
   * date YYYY-MM-DD or a month YYYY-MM
   */
  type: exportColumnTypeSchema,
  /** decimals shown; default 1 for percent, for numbers as many as the column's values need (at most 3) */
  decimals: z
    .number({ error: 'Nachkommastellen: ganze Zahl erwartet' })
    .int({ error: 'Nachkommastellen: ganze Zahl erwartet' })
    .min(0, { error: 'Nachkommastellen: mindestens 0' })
    .max(6, { error: 'Nachkommastellen: höchstens 6' })
    .optional(),
});

const cellSchema = z.union([plainText('Zelle', 32_767), z.number(), z.null()], {
  error: 'Zelle: Text, Zahl oder null erwartet',
});

export const exportTableSchema = z
  .object({
    title: requiredText('Titel', 1000),
    columns: z
      .array(exportColumnSchema)
      .min(1, 'keine Spalten')
      .max(1000, 'höchstens 1.000 Spalten'),
    rows: z.array(z.record(key('Spalte'), cellSchema)).max(100_000, 'höchstens 100.000 Zeilen'),
    /** footnotes printed under the table (Datenstand, Quellen, Hinweise zu vorläufigen Werten) */
    notes: z.array(plainText('Fußnote', 10_000)).max(100, 'höchstens 100 Fußnoten').optional(),
  })
  .superRefine((table, ctx) => {
    const keys = table.columns.map((c) => c.key);
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'key'],
          message: `Schlüssel „${key}“ doppelt`,
        });
      seen.add(key);
    });
    table.columns.forEach((column, c) => {
      if (column.type === 'text') return;
      table.rows.forEach((row, r) => {
        const cell = row[column.key];
        if (
          column.type === 'date' &&
          cell !== undefined &&
          cell !== null &&
          !(typeof cell === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(cell))
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', r, column.key],
            message: `Spalte ${c + 1} („${column.label}“): Datum JJJJ-MM-TT oder Monat JJJJ-MM erwartet`,
          });
        }
        if ((column.type === 'number' || column.type === 'percent') && typeof cell === 'string') {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', r, column.key],
            message: `Spalte ${c + 1} („${column.label}“): Zahl oder null erwartet`,
          });
        }
      });
    });
  });

export type ExportColumn = z.infer<typeof exportColumnSchema>;
export type ExportTable = z.infer<typeof exportTableSchema>;
export type ExportCell = z.infer<typeof cellSchema>;

export const exportFormatSchema = z.enum(['xlsx', 'csv']);
/**
 * CSV dialect: 'de' (default) is what a German Excel opens by double-click: `;` between fields,
 * decimal comma, UTF-8 with BOM, CRLF; 'international' is RFC 4180 with `,` and decimal point.
 */
export const csvDialectSchema = z.enum(['de', 'international']);

export const exportQuerySchema = z.object({
  format: exportFormatSchema,
  dialect: csvDialectSchema.default('de'),
});
