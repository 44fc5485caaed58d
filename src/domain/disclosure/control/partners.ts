/**
 * Where the release plan (release-plan.ts) finds more series-years to withhold: the lines'
 * partners (secondary suppression) and, where the audit still pins a small count and no line has a
 * partner left, the wider circles around it.
 */
import { SEXES } from '../../kpi/catalog.ts';
import type { Line } from './lines.ts';
import { SUBSETS } from './relations.ts';
import { COUNT_QUANTITIES, parseSeriesYearKey, seriesYearKey } from './series-year.ts';

/** every series-year of the given Jobcenter in the year of `key` */
export function unitYear(key: string, units: readonly string[]): string[] {
  const { year } = parseSeriesYearKey(key);
  return units.flatMap((u) =>
    SEXES.flatMap((s) => COUNT_QUANTITIES.map((q) => seriesYearKey(u, s, q, year))),
  );
}

/** the series-years of the same unit, sex and year whose quantity bounds this one's or is bounded by it */
export function subsetNeighbours(key: string): string[] {
  const { unitId, sex, quantity, year } = parseSeriesYearKey(key);
  return SUBSETS.flatMap(([part, whole]) =>
    part === quantity ? [whole] : whole === quantity ? [part] : [],
  ).map((q) => seriesYearKey(unitId, sex, q, year));
}

/** Secondary suppression: every line holds none or at least two withheld members (lines.ts). */
export function closeLines(
  lines: readonly Line[],
  noMonths: Set<string>,
  noTotal: Set<string>,
  withhold: (key: string, total: boolean) => void,
) {
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines)
      for (const [set, total] of [
        [noMonths, false],
        [noTotal, true],
      ] as const) {
        const inSet = line.members.filter((k) => set.has(k));
        if (inSet.length !== 1) continue;
        const partner = line.partners(inSet[0]!).find((k) => !set.has(k));
        if (partner === undefined) continue;
        withhold(partner, total);
        changed = true;
      }
  }
}
