/**
 * The linked lines of the release (docs/disclosure-control.md): sets of series-years bound by an
 * identity that holds in the data and whose other members a viewer can read exactly. A line with
 * exactly one withheld member gives it away (the others and the identity's total are known), so
 * every line holds none or at least two — the secondary suppression of hierarchical tables
 * (τ-ARGUS, "every suppressed cell on a cycle"):
 *
 * - tree: the örtliche Jobcenter of one Träger, one sex, quantity and year — the Träger's own
 *   figure is shown exactly and is their sum (stocks, events) or bounds it (flows, kennzahlen.md §2);
 * - sexes: insgesamt, Männer, Frauen of one Jobcenter, quantity and year (insgesamt = m + w + others);
 * - stock and flow: a stock with its Zugänge and Abgänge of one Jobcenter, sex and year
 *   (ELB(m) = ELB(m−1) + Zugang(m) − Abgang(m); the same for LZB is kept although moves between
 *   Jobcenter break it, so that nobody need know that).
 *
 * `partners` lists, for the one withheld member, the others in the order they should join it.
 */
import { SEXES, type BaseQuantity } from '../../kpi/catalog.ts';
import { COUNT_QUANTITIES, seriesYearKey } from './series-year.ts';

export interface Line {
  members: readonly string[];
  /** the members to withhold with `lone`, best first */
  partners(lone: string): string[];
}

const STOCK_FLOWS: readonly (readonly [BaseQuantity, BaseQuantity, BaseQuantity])[] = [
  ['ELB', 'ZUGANG_ELB', 'ABGANG_ELB'],
  ['LZB', 'ZUGANG_LZB', 'ABGANG_LZB'],
];

/** A fixed order of preference: the lone member's own list, the others after it. */
function fixedLine(members: string[], prefer: Record<string, string[]>): Line {
  return { members, partners: (lone) => prefer[lone] ?? members.filter((k) => k !== lone) };
}

/**
 * Every line of one Träger's örtliche Jobcenter over the given years. `total` is a series-year's
 * sum over its months: the tree line prefers the largest sibling, whose months leave the widest
 * range to the withheld one.
 */
export function linesOf(
  units: readonly string[],
  years: readonly number[],
  total: (key: string) => number,
): Line[] {
  const lines: Line[] = [];
  for (const year of years) {
    for (const sex of SEXES)
      for (const q of COUNT_QUANTITIES) {
        const members = units.map((u) => seriesYearKey(u, sex, q, year));
        lines.push({
          members,
          partners: (lone) =>
            members
              .filter((k) => k !== lone)
              .sort((a, b) => total(b) - total(a) || a.localeCompare(b)),
        });
      }
    for (const u of units) {
      for (const q of COUNT_QUANTITIES) {
        const [t, m, w] = SEXES.map((s) => seriesYearKey(u, s, q, year)) as [
          string,
          string,
          string,
        ];
        // a withheld sex is paired with the other sex first: the total stays shown
        const bySize = (a: string, b: string) => (total(a) >= total(b) ? [a, b] : [b, a]);
        lines.push(fixedLine([t, m, w], { [m]: [w, t], [w]: [m, t], [t]: bySize(m, w) }));
      }
      for (const sex of SEXES)
        for (const [stock, inflow, outflow] of STOCK_FLOWS) {
          const [s, i, o] = [stock, inflow, outflow].map((q) => seriesYearKey(u, sex, q, year)) as [
            string,
            string,
            string,
          ];
          // a withheld flow is paired with the other flow first: the stock stays shown
          lines.push(fixedLine([s, i, o], { [i]: [o, s], [o]: [i, s], [s]: [i, o] }));
        }
    }
  }
  return lines;
}
