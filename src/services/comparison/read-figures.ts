/**
 * Figures for a comparison: the Kennzahlen of the compared units in one month and, for the
 * averaged rates, the events of the twelve months behind them (count-basis.ts).
 */
import { RATE_EVENTS, type StoredFigure } from '../../domain/benchmarking/index.ts';
import { KENNZAHL_IDS, type KennzahlId, type Sex } from '../../domain/kpi/catalog.ts';
import { addMonths, parseMonth } from '../../domain/shared/month.ts';
import type { ServiceContext } from '../context.ts';
import { queryValues, type StoredValue } from '../values/query-values.ts';
import { comparisonReader } from './visibility.ts';

export interface FigureQuery {
  unitIds: string[];
  month: string;
  sex: Sex;
  datenstand: 'latest' | number;
}

export interface ComparisonFigures {
  figure(unitId: string, id: KennzahlId): StoredFigure | undefined;
  events12(unitId: string, id: KennzahlId): number | null;
  /** newest as-of date among the figures */
  stand: string | null;
}

const key = (unitId: string, metric: string) => `${unitId}|${metric}`;

function sumTwelve(rows: readonly StoredValue[]): Map<string, number | null> {
  const sums = new Map<string, { total: number; months: number; missing: boolean }>();
  for (const r of rows) {
    const s = sums.get(key(r.unitId, r.metric)) ?? { total: 0, months: 0, missing: false };
    if (r.value === null) s.missing = true;
    else s.total += r.value;
    s.months += 1;
    sums.set(key(r.unitId, r.metric), s);
  }
  return new Map([...sums].map(([k, s]) => [k, s.missing || s.months < 12 ? null : s.total]));
}

export async function readComparisonFigures(
  ctx: ServiceContext,
  q: FigureQuery,
): Promise<ComparisonFigures> {
  const reader = comparisonReader(ctx);
  const base = { unitIds: q.unitIds, sex: [q.sex], datenstand: q.datenstand };
  const kennzahlen = await queryValues(reader, {
    ...base,
    kind: 'kennzahl',
    metrics: [...KENNZAHL_IDS],
    from: q.month,
    to: q.month,
  });
  const events = await queryValues(reader, {
    ...base,
    kind: 'grundgroesse',
    metrics: [...new Set(Object.values(RATE_EVENTS))],
    from: addMonths(parseMonth(q.month), -11),
    to: q.month,
  });
  const figures = new Map(
    kennzahlen.map((v) => [
      key(v.unitId, v.metric),
      { value: v.value, zaehler: v.zaehler, nenner: v.nenner, quality: v.quality },
    ]),
  );
  const sums = sumTwelve(events);
  const stands = kennzahlen.map((v) => v.stand).sort();
  return {
    figure: (unitId, id) => figures.get(key(unitId, id)),
    events12: (unitId, id) => {
      const quantity = RATE_EVENTS[id];
      return quantity === undefined ? null : (sums.get(key(unitId, quantity)) ?? null);
    },
    stand: stands.at(-1) ?? null,
  };
}

/** The newest month with a K2 figure for the unit, as the default report month. */
export async function latestMonthOf(
  ctx: ServiceContext,
  unitId: string,
  datenstand: 'latest' | number,
): Promise<string | null> {
  const rows = await queryValues(comparisonReader(ctx), {
    unitIds: [unitId],
    kind: 'kennzahl',
    metrics: ['K2'],
    sex: ['insgesamt'],
    from: '2005-01',
    to: '2100-12',
    datenstand,
  });
  return (
    rows
      .filter((r) => r.value !== null)
      .map((r) => r.month)
      .sort()
      .at(-1) ?? null
  );
}
