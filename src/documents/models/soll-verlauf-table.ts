/** A target's monthly target path (Soll-Verlauf) as a table with one column per month. */
import type { Target } from '../../domain/agreements/agreement.ts';
import { metricUnitOf } from '../../domain/agreements/metric-name.ts';
import { metricOf } from '../../domain/agreements/metric-of.ts';
import { monthNameDe } from '../../domain/shared/format-de.ts';
import type { DocumentTable } from './document-model.ts';

export function sollVerlaufTable(target: Target, year: number): DocumentTable {
  const metric = metricOf(target.criterion);
  const type = metric !== null && metricUnitOf(metric) === 'percent' ? 'percent' : 'number';
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return {
    title: `Soll-Verlauf ${year}`,
    columns: months.map((m) => ({ key: `m${m}`, label: monthNameDe(m).slice(0, 3), type })),
    rows: [Object.fromEntries(months.map((m) => [`m${m}`, target.values.path?.[m - 1] ?? null]))],
    widths: months.map(() => 1),
  };
}
