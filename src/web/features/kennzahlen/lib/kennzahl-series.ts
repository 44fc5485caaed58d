/**
 * The figures of one unit arranged for the page: per Kennzahl and sex a month → figure map, and
 * for viewers without microdata rights which figures rest on 1 or 2 persons or events
 * (count-basis.ts, suppression.ts: the same rules as the comparison).
 */
import { countsOf, RATE_EVENTS } from '../../../../domain/benchmarking/count-basis.ts';
import { isSmallCount } from '../../../../domain/benchmarking/suppression.ts';
import type { KennzahlId } from '../../../../domain/kpi/catalog.ts';
import { addMonths, parseMonth } from '../../../../domain/shared/month.ts';
import type { StoredValue } from '../../../lib/types.ts';

export type SexKey = 'insgesamt' | 'w' | 'm';

export interface Figure {
  value: number | null;
  zaehler: number | null;
  nenner: number | null;
  quality: StoredValue['quality'];
  /** shown as "•": rests on 1 or 2 persons or events and the viewer has no microdata rights */
  suppressed: boolean;
}

export type SeriesIndex = Map<string, Figure>;

const key = (id: string, sex: string, month: string) => `${id}|${sex}|${month}`;

function eventSums(
  events: readonly StoredValue[],
): (quantity: string, sex: string, month: string) => number | null {
  const byKey = new Map(events.map((e) => [key(e.metric, e.sex, e.month), e.value]));
  return (quantity, sex, month) => {
    let sum = 0;
    for (let i = 0; i < 12; i++) {
      const v = byKey.get(key(quantity, sex, addMonths(parseMonth(month), -i)));
      if (v === undefined || v === null) return null;
      sum += v;
    }
    return sum;
  };
}

export function indexFigures(
  values: readonly StoredValue[],
  events: readonly StoredValue[],
  protect: boolean,
): SeriesIndex {
  const sums = eventSums(events);
  const out: SeriesIndex = new Map();
  for (const v of values) {
    const id = v.metric as KennzahlId;
    const quantity = RATE_EVENTS[id];
    const counts =
      v.value === null
        ? []
        : countsOf(id, v, quantity === undefined ? null : sums(quantity, v.sex, v.month));
    const suppressed =
      protect && v.value !== null && (counts === null || counts.some(isSmallCount));
    out.set(key(v.metric, v.sex, v.month), {
      value: suppressed ? null : v.value,
      zaehler: suppressed ? null : v.zaehler,
      nenner: suppressed ? null : v.nenner,
      quality: v.quality,
      suppressed,
    });
  }
  hideComplements(out);
  return out;
}

/**
 * Beside the total, one hidden sex would follow from the other (insgesamt − Frauen ≈ Männer):
 * then the other is hidden too (secondary suppression, as suppression.ts does for units).
 */
function hideComplements(index: SeriesIndex): void {
  for (const [k, figure] of index) {
    const [metric, sex, month] = k.split('|') as [string, SexKey, string];
    if (sex === 'insgesamt' || !figure.suppressed) continue;
    const other = index.get(key(metric, sex === 'w' ? 'm' : 'w', month));
    const total = index.get(key(metric, 'insgesamt', month));
    if (other !== undefined && !other.suppressed && total !== undefined && !total.suppressed) {
      index.set(key(metric, sex === 'w' ? 'm' : 'w', month), {
        ...other,
        value: null,
        zaehler: null,
        nenner: null,
        suppressed: true,
      });
    }
  }
}

export function figureOf(
  index: SeriesIndex,
  id: KennzahlId,
  sex: SexKey,
  month: string,
): Figure | undefined {
  return index.get(key(id, sex, month));
}

/** Months from … to (YYYY-MM), inclusive. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = parseMonth(from); m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
