/**
 * Reading figures for "latest" or a given Datenstand. Latest = per unit × month × sex × metric
 * the value of the most recent Datenstand (by as-of date, then load order) that has one, so a
 * revision of a few months does not hide older months.
 */
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { datenstaende, metricValues } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitDirectory, requireVisible } from '../units/unit-directory.ts';
import type { MetricKind, ValueRow } from './value-row.ts';

export interface ValueQuery {
  unitIds: string[];
  kind: MetricKind;
  metrics: string[];
  sex?: ValueRow['sex'][];
  from: string;
  to: string;
  /** 'latest' or the id of one Datenstand */
  datenstand: 'latest' | number;
}

export interface StoredValue extends ValueRow {
  datenstandId: number;
  stand: string;
  source: string;
}

export async function queryValues(ctx: ServiceContext, q: ValueQuery): Promise<StoredValue[]> {
  const directory = await loadUnitDirectory(ctx);
  for (const id of q.unitIds) requireVisible(directory, id);
  if (q.unitIds.length === 0 || q.metrics.length === 0) return [];
  const conditions = [
    inArray(metricValues.unitId, q.unitIds), eq(metricValues.kind, q.kind), inArray(metricValues.metric, q.metrics),
    gte(metricValues.month, q.from), lte(metricValues.month, q.to),
    ...(q.sex ? [inArray(metricValues.sex, q.sex)] : []),
    ...(q.datenstand === 'latest' ? [] : [eq(metricValues.datenstandId, q.datenstand)]),
  ];
  const rows = await ctx.db
    .selectDistinctOn([metricValues.unitId, metricValues.month, metricValues.sex, metricValues.metric], {
      unitId: metricValues.unitId, month: metricValues.month, sex: metricValues.sex, kind: metricValues.kind, metric: metricValues.metric,
      value: metricValues.value, zaehler: metricValues.zaehler, nenner: metricValues.nenner, quality: metricValues.quality,
      datenstandId: metricValues.datenstandId, stand: datenstaende.stand, source: datenstaende.source,
    })
    .from(metricValues)
    .innerJoin(datenstaende, eq(datenstaende.id, metricValues.datenstandId))
    .where(and(...conditions))
    .orderBy(metricValues.unitId, metricValues.month, metricValues.sex, metricValues.metric, desc(datenstaende.stand), desc(datenstaende.id));
  return rows.map((r) => ({ ...r, sex: r.sex as ValueRow['sex'] }));
}

export async function listDatenstaende(ctx: ServiceContext) {
  const rows = await ctx.db
    .select({ id: datenstaende.id, stand: datenstaende.stand, source: datenstaende.source, label: datenstaende.label, createdAt: datenstaende.createdAt, createdBy: datenstaende.createdBy, values: sql<number>`(SELECT count(*)::int FROM ${metricValues} WHERE ${metricValues.datenstandId} = ${datenstaende.id})` })
    .from(datenstaende)
    .orderBy(desc(datenstaende.stand), desc(datenstaende.id));
  return rows;
}
