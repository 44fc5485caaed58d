/**
 * The figures of one unit arranged for the page: per Kennzahl and sex a month → figure map.
 * What is withheld is the server's decision alone (issue 11: one disclosure control, the sex
 * complement included); the page shows exactly the figures it was sent and hides nothing itself,
 * so a second, differing rule in the browser can neither leak nor contradict the server's.
 */
import type { ProtectionMark } from '../../../../domain/disclosure/control/mark.ts';
import type { KennzahlId } from '../../../../domain/kpi/catalog.ts';
import { addMonths, parseMonth } from '../../../../domain/shared/month.ts';
import type { ShownValue } from '../../../lib/types.ts';

export type SexKey = 'insgesamt' | 'w' | 'm';

export interface Figure {
  value: number | null;
  zaehler: number | null;
  nenner: number | null;
  quality: ShownValue['quality'];
  /** set by the server when the figure is withheld (then value, zaehler and nenner are null) */
  suppressed: ProtectionMark | null;
}

export type SeriesIndex = Map<string, Figure>;

const key = (id: string, sex: string, month: string) => `${id}|${sex}|${month}`;

export function indexFigures(values: readonly ShownValue[]): SeriesIndex {
  const out: SeriesIndex = new Map();
  for (const v of values) {
    out.set(key(v.metric, v.sex, v.month), {
      value: v.value,
      zaehler: v.zaehler,
      nenner: v.nenner,
      quality: v.quality,
      suppressed: v.suppressed,
    });
  }
  return out;
}

export function figureOf(
  index: SeriesIndex,
  id: KennzahlId,
  sex: SexKey,
  month: string,
): Figure | undefined {
  return index.get(key(id, sex, month));
}

/** The months (of those given) in which the server withheld the figure. */
export function withheldMonths(
  index: SeriesIndex,
  id: KennzahlId,
  sex: SexKey,
  months: readonly string[],
): string[] {
  return months.filter((m) => figureOf(index, id, sex, m)?.suppressed != null);
}

/** Months from … to (YYYY-MM), inclusive. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = parseMonth(from); m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
