/**
 * Figures per Datenstand × unit × month × sex × metric. "latest" = per cell the value of the most
 * recent Datenstand (by as-of date, then load order) that has one, so a revision of a few months
 * does not hide older months.
 */
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import { datenstaende, localIndicators, metricValues } from '../schema/index.ts';

export type MetricKind = (typeof metricValues.$inferSelect)['kind'];
export type ValueInsert = typeof metricValues.$inferInsert;

export interface ValueSelection {
  unitIds: readonly string[];
  kind: MetricKind;
  metrics: readonly string[];
  sex?: readonly string[];
  from: string;
  to: string;
  datenstand: 'latest' | number;
}

export async function selectValues(ex: Executor, q: ValueSelection) {
  if (q.unitIds.length === 0 || q.metrics.length === 0) return [];
  const conditions = [
    inArray(metricValues.unitId, [...q.unitIds]),
    eq(metricValues.kind, q.kind),
    inArray(metricValues.metric, [...q.metrics]),
    gte(metricValues.month, q.from),
    lte(metricValues.month, q.to),
    ...(q.sex ? [inArray(metricValues.sex, [...q.sex])] : []),
    ...(q.datenstand === 'latest' ? [] : [eq(metricValues.datenstandId, q.datenstand)]),
  ];
  return ex
    .selectDistinctOn(
      [metricValues.unitId, metricValues.month, metricValues.sex, metricValues.metric],
      {
        unitId: metricValues.unitId,
        month: metricValues.month,
        sex: metricValues.sex,
        kind: metricValues.kind,
        metric: metricValues.metric,
        value: metricValues.value,
        zaehler: metricValues.zaehler,
        nenner: metricValues.nenner,
        quality: metricValues.quality,
        datenstandId: metricValues.datenstandId,
        stand: datenstaende.stand,
        source: datenstaende.source,
      },
    )
    .from(metricValues)
    .innerJoin(datenstaende, eq(datenstaende.id, metricValues.datenstandId))
    .where(and(...conditions))
    .orderBy(
      metricValues.unitId,
      metricValues.month,
      metricValues.sex,
      metricValues.metric,
      desc(datenstaende.stand),
      desc(datenstaende.id),
    );
}

/** The Datenstände with values of these units (`values`: how many of theirs), newest first. */
export async function listDatenstandRows(ex: Executor, unitIds: readonly string[]) {
  const units = sql`ARRAY[${sql.join(
    unitIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;
  const values = sql<number>`(SELECT count(*)::int FROM ${metricValues} WHERE ${metricValues.datenstandId} = ${datenstaende.id} AND ${metricValues.unitId} = ANY(${units}))`;
  return ex
    .select({
      id: datenstaende.id,
      stand: datenstaende.stand,
      source: datenstaende.source,
      label: datenstaende.label,
      createdAt: datenstaende.createdAt,
      createdBy: datenstaende.createdBy,
      kennzahlenVertrag: datenstaende.kennzahlenVertrag,
      values,
    })
    .from(datenstaende)
    .where(
      sql`EXISTS (SELECT 1 FROM ${metricValues} WHERE ${metricValues.datenstandId} = ${datenstaende.id} AND ${metricValues.unitId} = ANY(${units}))`,
    )
    .orderBy(desc(datenstaende.stand), desc(datenstaende.id));
}

/** The units a Datenstand has values of. */
export async function listDatenstandUnitIds(ex: Executor, id: number): Promise<string[]> {
  const rows = await ex
    .selectDistinct({ unitId: metricValues.unitId })
    .from(metricValues)
    .where(eq(metricValues.datenstandId, id));
  return rows.map((r) => r.unitId);
}

export async function countDatenstaende(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(datenstaende);
  return row!.n;
}

export async function insertDatenstand(
  ex: Executor,
  d: {
    stand: string;
    source: 'mikrodaten' | 'ba_veroeffentlichung' | 'manuell';
    label: string;
    createdBy: string;
    /** schema/values.ts: the contract version of a computation here, else null */
    kennzahlenVertrag: number | null;
  },
): Promise<number> {
  const [created] = await ex.insert(datenstaende).values(d).returning({ id: datenstaende.id });
  return created!.id;
}

export async function insertValues(ex: Executor, rows: readonly ValueInsert[]): Promise<void> {
  if (rows.length > 0) await ex.insert(metricValues).values([...rows]);
}

/** Local indicator id → the unit that owns it. */
export async function listIndicatorOwners(ex: Executor): Promise<Map<string, string>> {
  const rows = await ex
    .select({ id: localIndicators.id, owner: localIndicators.ownerUnitId })
    .from(localIndicators);
  return new Map(rows.map((r) => [r.id, r.owner]));
}

/**
 * A digest of every base quantity of these units in every Datenstand, with the Datenstände's
 * order: equal digests, equal release plans (services/values/release-plans.ts), whatever else
 * in the store changed.
 */
export async function baseQuantityDigest(
  ex: Executor,
  unitIds: readonly string[],
): Promise<string> {
  const units = sql`ARRAY[${sql.join(
    unitIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;
  const result = await ex.execute(sql`
    SELECT md5(coalesce(string_agg(concat_ws('|', v.unit_id, v.datenstand_id, d.stand, v.month, v.sex, v.metric, v.value), ','
      ORDER BY v.datenstand_id, v.unit_id, v.month, v.sex, v.metric), '')) AS digest
    FROM ${metricValues} v JOIN ${datenstaende} d ON d.id = v.datenstand_id
    WHERE v.unit_id = ANY(${units}) AND v.kind = 'grundgroesse'`);
  return String((result.rows[0] as { digest: string }).digest);
}
