/** The stored figures of one metric, unit and two years as the MetricSnapshot the domain judges. */
import type { Metric } from '../../domain/agreements/criteria.ts';
import { KENNZAHL_DEFINITIONS } from '../../domain/kpi/catalog.ts';
import type { MetricSnapshot, Observation } from '../../domain/monitoring/types.ts';
import { aggregateYearToDate } from '../../domain/monitoring/year-to-date.ts';
import type { ServiceContext } from '../context.ts';
import { queryValues, type StoredValue } from '../values/query-values.ts';
import { readValues } from '../values/protect-values.ts';

export interface SnapshotRequest {
  metric: Metric;
  unitId: string;
  year: number;
  referenceYear: number;
  datenstand: 'latest' | number;
}

/** A withheld figure (small count, for a viewer without microdata rights) is no usable figure. */
function byMonth(rows: readonly (StoredValue & { suppressed?: unknown })[], year: number): (Observation | null)[] {
  const months: (Observation | null)[] = Array.from({ length: 12 }, () => null);
  for (const r of rows) {
    if (!r.month.startsWith(`${year}-`)) continue;
    months[Number(r.month.slice(5, 7)) - 1] = r.suppressed ? { value: null, quality: 'eingeschraenkt' } : { value: r.value, quality: r.quality };
  }
  return months;
}

export interface LoadedSnapshot {
  snapshot: MetricSnapshot;
  /**
   * Events or persons behind the reference December value of a quota (its zaehler, e.g. Σ INT
   * for JFW_K2): the forecast interval narrows with it (forecast.ts). null for other metrics.
   */
  forecastSize: number | null;
}

export async function loadMetricSnapshot(ctx: ServiceContext, req: SnapshotRequest): Promise<LoadedSnapshot> {
  const { metric } = req;
  const kind = metric.source === 'lokal' ? 'lokal' : metric.source;
  const id = metric.source === 'lokal' ? metric.indicatorId : metric.id;
  const sex = metric.source === 'lokal' ? 'insgesamt' : metric.sex;
  const first = Math.min(req.year, req.referenceYear);
  const last = Math.max(req.year, req.referenceYear);
  // what a viewer without microdata rights sees has its small counts withheld (protect-values.ts)
  const read = ctx.actor.microdataRights ? queryValues : readValues;
  const rows = await read(ctx, { unitIds: [req.unitId], kind, metrics: [id], sex: [sex], from: `${first}-01`, to: `${last}-12`, datenstand: req.datenstand });
  const aggregation = metric.source === 'kennzahl' ? 'monatswert' : metric.aggregation;
  const stands = rows.map((r) => r.stand).sort();
  const december = rows.find((r) => r.month === `${req.referenceYear}-12`);
  return {
    snapshot: {
      year: req.year,
      current: aggregateYearToDate(byMonth(rows, req.year), aggregation),
      reference: aggregateYearToDate(byMonth(rows, req.referenceYear), aggregation),
      datenstand: stands.at(-1) ?? null,
    },
    forecastSize: metric.source === 'kennzahl' && KENNZAHL_DEFINITIONS[metric.id].unit === 'percent' ? december?.zaehler ?? null : null,
  };
}
