/** Figures for a comparison: the Kennzahlen of the compared units in one month. */
import type { StoredFigure } from '../../domain/benchmarking/index.ts';
import { KENNZAHL_IDS, type KennzahlId, type Sex } from '../../domain/kpi/catalog.ts';
import type { ServiceContext } from '../context.ts';
import { queryValues } from '../values/query-values.ts';
import { readValues } from '../values/protect-values.ts';
import { comparisonReader } from './visibility.ts';

export interface FigureQuery {
  unitIds: string[];
  month: string;
  sex: Sex;
  datenstand: 'latest' | number;
}

export interface ComparisonFigures {
  figure(unitId: string, id: KennzahlId): StoredFigure | undefined;
  /** newest as-of date among the figures */
  stand: string | null;
}

const key = (unitId: string, metric: string) => `${unitId}|${metric}`;

export async function readComparisonFigures(
  ctx: ServiceContext,
  q: FigureQuery,
): Promise<ComparisonFigures> {
  // read beyond the viewer's area (the caller decided what it may compare), shown as the
  // viewer may see it: the disclosure control of protect-values.ts
  const kennzahlen = await readValues(
    ctx,
    {
      unitIds: q.unitIds,
      sex: [q.sex],
      datenstand: q.datenstand,
      kind: 'kennzahl',
      metrics: [...KENNZAHL_IDS],
      from: q.month,
      to: q.month,
    },
    comparisonReader(ctx),
  );
  const figures = new Map(
    kennzahlen.map((v) => [
      key(v.unitId, v.metric),
      {
        value: v.value,
        zaehler: v.zaehler,
        nenner: v.nenner,
        quality: v.quality,
        suppressed: v.suppressed,
      },
    ]),
  );
  const stands = kennzahlen.map((v) => v.stand).sort();
  return {
    figure: (unitId, id) => figures.get(key(unitId, id)),
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
