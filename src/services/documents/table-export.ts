/**
 * A table of the web application exported as XLSX or CSV (POST /api/exports): the client sends
 * the table, so the record says what it was — title, columns, number of rows — not its cells.
 */
import type { ExportTable } from '../../contracts/exports.ts';
import { KEY_MAX } from '../../contracts/input.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';

export async function recordTableExport(
  ctx: ServiceContext,
  table: ExportTable,
  format: 'xlsx' | 'csv',
): Promise<void> {
  await recordAudit(ctx.db, ctx.actor, 'export.table', 'table', table.title.slice(0, KEY_MAX), {
    format,
    columns: table.columns.length,
    labels: table.columns.slice(0, 50).map((c) => c.label.slice(0, 200)),
    rows: table.rows.length,
  });
}
