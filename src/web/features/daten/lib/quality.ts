/**
 * Quality of the loaded figures of one unit (kennzahlen.md §5): per Kennzahl how many monthly
 * values are final, provisional, restricted or missing, and which months are missing; and the
 * values a newer Datenstand revised. A value the server withheld from the viewer is counted apart:
 * it exists, so calling it missing would be wrong, and its quality is not the viewer's to judge.
 */
import type { ProtectionMark } from '../../../../domain/disclosure/control/mark.ts';
import type { ShownValue } from '../../../lib/types.ts';

export type Quality = ShownValue['quality'];

export interface QualityRow {
  metric: string;
  counts: Record<Quality, number>;
  /** monthly values the server withheld (shown as the protection mark) */
  withheld: number;
  /** months (YYYY-MM) without a value, as ranges "2012-01 – 2012-12" */
  missing: string[];
  provisional: string[];
}

/** Consecutive months as ranges. */
export function toRanges(months: readonly string[]): string[] {
  const sorted = [...months].sort();
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  const out: string[] = [];
  let start: string | null = null;
  let prev: string | null = null;
  for (const m of sorted) {
    if (start !== null && prev !== null && index(m) === index(prev) + 1) {
      prev = m;
      continue;
    }
    if (start !== null && prev !== null) out.push(start === prev ? start : `${start} – ${prev}`);
    start = m;
    prev = m;
  }
  if (start !== null && prev !== null) out.push(start === prev ? start : `${start} – ${prev}`);
  return out;
}

export function summariseQuality(
  values: readonly ShownValue[],
  metrics: readonly string[],
): QualityRow[] {
  return metrics.map((metric) => {
    const own = values.filter((v) => v.metric === metric && v.sex === 'insgesamt');
    const counts: Record<Quality, number> = {
      final: 0,
      vorlaeufig: 0,
      eingeschraenkt: 0,
      fehlend: 0,
    };
    const missing: string[] = [];
    const provisional: string[] = [];
    let withheld = 0;
    for (const v of own) {
      if (v.suppressed !== null) {
        withheld += 1;
        continue;
      }
      const quality: Quality = v.value === null ? 'fehlend' : v.quality;
      counts[quality] += 1;
      if (quality === 'fehlend') missing.push(v.month);
      if (quality === 'vorlaeufig') provisional.push(v.month);
    }
    return {
      metric,
      counts,
      withheld,
      missing: toRanges(missing),
      provisional: toRanges(provisional),
    };
  });
}

/** A figure as the viewer sees it: a value, none (null), or the server's protection mark. */
export type SeenFigure = number | null | ProtectionMark;

export interface Revision {
  metric: string;
  month: string;
  sex: string;
  before: SeenFigure;
  after: SeenFigure;
}

const seen = (v: ShownValue): SeenFigure => v.suppressed ?? v.value;

/** Values of the newer Datenstand that differ from the older one for the same month (beyond rounding noise). */
export function findRevisions(
  older: readonly ShownValue[],
  newer: readonly ShownValue[],
): Revision[] {
  const key = (v: ShownValue) => `${v.metric}|${v.month}|${v.sex}`;
  const before = new Map(older.map((v) => [key(v), seen(v)]));
  return newer.flatMap((v) => {
    if (!before.has(key(v))) return [];
    const old = before.get(key(v)) ?? null;
    const now = seen(v);
    const same =
      old === now ||
      (typeof old === 'number' && typeof now === 'number' && Math.abs(old - now) < 1e-9);
    return same ? [] : [{ metric: v.metric, month: v.month, sex: v.sex, before: old, after: now }];
  });
}
