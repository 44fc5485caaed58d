/** The stored figures of one metric, unit and two years as the MetricSnapshot the domain judges. */
import type { Metric } from '../../domain/agreements/criteria.ts';
import { PROTECTED } from '../../domain/disclosure/control/mark.ts';
import { KENNZAHL_DEFINITIONS } from '../../domain/kpi/catalog.ts';
import type { MetricSnapshot, Observation } from '../../domain/monitoring/types.ts';
import { cumulativeChange, cumulativeChangeOf } from '../../domain/monitoring/steering-values.ts';
import { aggregateYearToDate, worstQuality } from '../../domain/monitoring/year-to-date.ts';
import { derivedParts, deriveValue } from '../../domain/agreements/derived-indicator.ts';
import type { LocalIndicator } from '../../domain/agreements/criteria.ts';
import type { ServiceContext } from '../context.ts';
import type { StoredValue } from '../values/query-values.ts';
import { readValues, readYearTotal, WITHHELD_QUALITY } from '../values/protect-values.ts';

export interface SnapshotRequest {
  metric: Metric;
  unitId: string;
  year: number;
  referenceYear: number;
  datenstand: 'latest' | number;
}

/** A withheld figure (small count, for a viewer without microdata rights) is no usable figure. */
function byMonth(
  rows: readonly (StoredValue & { suppressed?: unknown })[],
  year: number,
): (Observation | null)[] {
  const months: (Observation | null)[] = Array.from({ length: 12 }, () => null);
  for (const r of rows) {
    if (!r.month.startsWith(`${year}-`)) continue;
    months[Number(r.month.slice(5, 7)) - 1] = r.suppressed
      ? { value: null, quality: WITHHELD_QUALITY, suppressed: PROTECTED }
      : { value: r.value, quality: r.quality };
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

/**
 * What to read for one request: the stored kind, id and sex of its metric and the months. A
 * steering value summed from January (K1: Σ LLU, steering-values.ts) reads its base quantity
 * from the year before the earlier year on.
 */
function selectionOf(req: SnapshotRequest) {
  const { metric } = req;
  const cumulative = cumulativeChangeOf(metric);
  if (cumulative !== null)
    return {
      kind: 'grundgroesse' as const,
      id: cumulative.quantity,
      sex: cumulative.sex,
      first: Math.min(req.year, req.referenceYear) - 1,
      last: Math.max(req.year, req.referenceYear),
    };
  return {
    kind: metric.source === 'lokal' ? ('lokal' as const) : metric.source,
    id: metric.source === 'lokal' ? metric.indicatorId : metric.id,
    sex: metric.source === 'lokal' ? ('insgesamt' as const) : metric.sex,
    first: Math.min(req.year, req.referenceYear),
    last: Math.max(req.year, req.referenceYear),
  };
}

export async function loadMetricSnapshot(
  ctx: ServiceContext,
  req: SnapshotRequest,
  indicators: readonly LocalIndicator[],
): Promise<LoadedSnapshot> {
  return (await loadMetricSnapshots(ctx, [req], indicators))[0]!;
}

/**
 * Several snapshots with one read per unit, kind, sex, period and Datenstand (an agreement's
 * targets mostly share them), instead of one read per target. A derived indicator
 * (derived-indicator.ts) is formed month by month from the snapshots of its two parts;
 * `indicators` are the agreement's (indicatorsOfAgreement), read once by the caller.
 */
export async function loadMetricSnapshots(
  ctx: ServiceContext,
  reqs: readonly SnapshotRequest[],
  indicators: readonly LocalIndicator[],
): Promise<LoadedSnapshot[]> {
  const partsOf = ({ metric }: SnapshotRequest) =>
    metric.source === 'lokal'
      ? derivedParts(indicators.find((i) => i.id === metric.indicatorId))
      : null;
  const plain: SnapshotRequest[] = [];
  type Step =
    | { kind: 'stored'; at: number }
    | { kind: 'derived'; operation: 'differenz' | 'quotient'; left: number; right: number };
  const plan = reqs.map((req): Step => {
    const parts = partsOf(req);
    if (parts === null) return { kind: 'stored', at: plain.push(req) - 1 };
    const left = plain.push({ ...req, metric: parts.left }) - 1;
    const right = plain.push({ ...req, metric: parts.right }) - 1;
    return { kind: 'derived', operation: parts.operation, left, right };
  });
  const loaded = await loadStoredSnapshots(ctx, plain);
  return plan.map((p) =>
    p.kind === 'stored'
      ? loaded[p.at]!
      : derivedSnapshot(p.operation, loaded[p.left]!.snapshot, loaded[p.right]!.snapshot),
  );
}

function derivedSnapshot(
  operation: 'differenz' | 'quotient',
  left: MetricSnapshot,
  right: MetricSnapshot,
): LoadedSnapshot {
  const combine = (a: (Observation | null)[], b: (Observation | null)[]) =>
    a.map((l, i): Observation | null => {
      const r = b[i];
      if (l?.suppressed || r?.suppressed)
        return { value: null, quality: WITHHELD_QUALITY, suppressed: PROTECTED };
      if (l == null || r == null) return null;
      const value = deriveValue(operation, l.value, r.value);
      return value === null ? null : { value, quality: worstQuality(l.quality, r.quality) };
    });
  return {
    snapshot: {
      year: left.year,
      current: combine(left.current, right.current),
      reference: combine(left.reference, right.reference),
      datenstand: [left.datenstand, right.datenstand].sort().at(-1) ?? null,
    },
    forecastSize: null,
  };
}

async function loadStoredSnapshots(
  ctx: ServiceContext,
  reqs: readonly SnapshotRequest[],
): Promise<LoadedSnapshot[]> {
  const groups = new Map<string, { reqs: SnapshotRequest[]; ids: Set<string> }>();
  for (const req of reqs) {
    const s = selectionOf(req);
    const key = JSON.stringify([req.unitId, s.kind, s.sex, s.first, s.last, req.datenstand]);
    const group = groups.get(key) ?? { reqs: [], ids: new Set<string>() };
    group.reqs.push(req);
    group.ids.add(s.id);
    groups.set(key, group);
  }
  const rowsOf = new Map<SnapshotRequest, StoredValue[]>();
  await Promise.all(
    [...groups.values()].map(async (g) => {
      const s = selectionOf(g.reqs[0]!);
      const rows = await readValues(ctx, {
        unitIds: [g.reqs[0]!.unitId],
        kind: s.kind,
        metrics: [...g.ids],
        sex: [s.sex],
        from: `${s.first}-01`,
        to: `${s.last}-12`,
        datenstand: g.reqs[0]!.datenstand,
      });
      for (const req of g.reqs)
        rowsOf.set(
          req,
          rows.filter((r) => r.metric === selectionOf(req).id),
        );
    }),
  );
  return Promise.all(
    reqs.map(async (req) => {
      const rows = rowsOf.get(req) ?? [];
      const loaded = snapshotOf(req, rows);
      const { snapshot } = loaded;
      return {
        ...loaded,
        snapshot: {
          ...snapshot,
          current: await withYearTotal(ctx, req, req.year, rows, snapshot.current),
          reference: await withYearTotal(ctx, req, req.referenceYear, rows, snapshot.reference),
        },
      };
    }),
  );
}

/**
 * A year-to-date sum or average of a base quantity stops at a withheld month; its December is the
 * calendar-year value, which the disclosure control may show as a whole (readYearTotal).
 */
async function withYearTotal(
  ctx: ServiceContext,
  req: SnapshotRequest,
  year: number,
  rows: readonly (StoredValue & { suppressed?: unknown })[],
  series: (Observation | null)[],
): Promise<(Observation | null)[]> {
  const { metric } = req;
  if (metric.source !== 'grundgroesse' || metric.aggregation === 'monatswert') return series;
  if (series[11] != null || !rows.some((r) => r.suppressed && r.month.startsWith(`${year}-`)))
    return series;
  const total = await readYearTotal(ctx, {
    unitId: req.unitId,
    sex: metric.sex,
    quantity: metric.id,
    year,
    datenstand: req.datenstand,
  });
  if (total === null) return series;
  const value = metric.aggregation === 'jahressumme' ? total.value : total.value / 12;
  return [...series.slice(0, 11), { value, quality: total.quality }];
}

function snapshotOf(
  req: SnapshotRequest,
  rows: readonly (StoredValue & { suppressed?: unknown })[],
): LoadedSnapshot {
  const { metric } = req;
  if (cumulativeChangeOf(metric) !== null) {
    const series = (year: number) => cumulativeChange(byMonth(rows, year), byMonth(rows, year - 1));
    return {
      snapshot: {
        year: req.year,
        current: series(req.year),
        reference: series(req.referenceYear),
        datenstand:
          rows
            .map((r) => r.stand)
            .sort()
            .at(-1) ?? null,
      },
      forecastSize: null,
    };
  }
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
    forecastSize:
      metric.source === 'kennzahl' && KENNZAHL_DEFINITIONS[metric.id].unit === 'percent'
        ? (december?.zaehler ?? null)
        : null,
  };
}
