/**
 * Loads a new Datenstand: all rows or none (one transaction). An old Datenstand is never
 * changed; queries choose "latest" or a given one (query-values.ts). `kennzahlenVertrag` is the
 * contract version by which this program computed the rows (load-engine-result.ts); figures from
 * elsewhere — BA publications, manual entries, anything through the API, also of source
 * mikrodaten — were not computed here and carry none.
 */
import {
  insertDatenstand,
  insertValues,
  listIndicatorOwners,
} from '../../db/repositories/values.ts';
import { authorize } from '../access.ts';
import { isMonth } from '../../domain/shared/month.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';
import { checkValueRows } from './check-rows.ts';
import type { DatenstandInput, ValueRow } from './value-row.ts';

/** Rows per INSERT: PostgreSQL allows 65,535 parameters; 10 columns each. */
const BATCH = 5000;

export interface ImportResult {
  datenstandId: number;
  rows: number;
}

export async function importValues(
  ctx: ServiceContext,
  datenstand: DatenstandInput,
  rows: readonly ValueRow[],
  kennzahlenVertrag: number | null = null,
): Promise<ImportResult> {
  const directory = await loadUnitDirectory(ctx);
  const owners = await listIndicatorOwners(ctx.db);
  // the right first (source, as-of date, own unit); rows of units the user cannot see are then
  // reported like unknown ones, so that a refusal does not reveal which units exist
  await authorize(ctx, {
    kind: 'figures.import',
    source: datenstand.source,
    unitIds: [...new Set(rows.map((r) => r.unitId))].filter((id) => directory.visible.has(id)),
    indicatorOwners: [
      ...new Set(
        rows.flatMap((r) => {
          const owner = r.kind === 'lokal' ? owners.get(r.metric) : undefined;
          return owner === undefined ? [] : [owner];
        }),
      ),
    ],
    hasStatutoryFigures: rows.some((r) => r.kind !== 'lokal'),
    stand: datenstand.stand,
    latestMonth: rows.reduce<string | null>(
      (m, r) => (isMonth(r.month) && (m === null || r.month > m) ? r.month : m),
      null,
    ),
    today: ctx.now().toISOString().slice(0, 10),
  });
  const problems = checkValueRows(rows, directory.visible, new Set(owners.keys()));
  if (problems.length > 0)
    throw new AppError(
      'validation',
      `Import abgelehnt: ${problems.length}${problems.length === 100 ? '+' : ''} fehlerhafte Werte, nichts gespeichert`,
      problems,
    );
  return transact(ctx, async ({ db: tx }) => {
    const datenstandId = await insertDatenstand(tx, {
      ...datenstand,
      kennzahlenVertrag,
      createdBy: ctx.actor.id,
    });
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH).map((r) => ({ ...r, datenstandId }));
      try {
        await insertValues(tx, batch);
      } catch (error) {
        throw new AppError(
          'validation',
          `Import abgebrochen bei den Werten ${i + 1}–${i + batch.length}: ${describeDbError(error)}; nichts gespeichert`,
          [{ path: `Zeilen ${i + 1}–${i + batch.length}`, message: describeDbError(error) }],
        );
      }
    }
    await recordAudit(tx, ctx.actor, 'values.import', 'datenstand', String(datenstandId), {
      ...datenstand,
      kennzahlenVertrag,
      rows: rows.length,
    });
    return { datenstandId, rows: rows.length };
  });
}

function describeDbError(error: unknown): string {
  const cause =
    (error as { cause?: { code?: string; detail?: string; message?: string } }).cause ??
    (error as { code?: string; detail?: string; message?: string });
  if (cause.code === '23505')
    return `doppelter Wert (${cause.detail ?? 'gleiche Einheit, Monat, Geschlecht und Größe'})`;
  if (cause.code === '23503') return `Bezug auf Unbekanntes (${cause.detail ?? ''})`;
  return cause.message ?? String(error);
}
