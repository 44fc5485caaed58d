/**
 * Monthly figures → the series a target is judged on (criteria.ts Aggregation): the month's own
 * value, Σ Jan … m or Ø Jan … m. A year-to-date value needs every month from January; its
 * quality is the worst of the months it uses.
 */
import type { Aggregation } from '../agreements/criteria.ts';
import type { Observation, Quality } from './types.ts';

const QUALITY_ORDER: readonly Quality[] = ['final', 'vorlaeufig', 'eingeschraenkt', 'fehlend'];

export function worstQuality(a: Quality, b: Quality): Quality {
  return QUALITY_ORDER.indexOf(a) >= QUALITY_ORDER.indexOf(b) ? a : b;
}

/** `monthly[0]` = January; the result has the same length. */
export function aggregateYearToDate(
  monthly: readonly (Observation | null)[],
  aggregation: Aggregation,
): (Observation | null)[] {
  if (aggregation === 'monatswert') return [...monthly];
  const out: (Observation | null)[] = [];
  let sum = 0;
  let quality: Quality = 'final';
  let broken = false;
  monthly.forEach((o, i) => {
    if (broken || o === null || o.value === null || o.quality === 'fehlend') {
      broken = true;
      out.push(null);
      return;
    }
    sum += o.value;
    quality = worstQuality(quality, o.quality);
    out.push({ value: aggregation === 'jahressumme' ? sum : sum / (i + 1), quality });
  });
  return out;
}
