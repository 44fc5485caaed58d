/**
 * The audit of a release plan (release-plan.ts): the derivation attack (../attack, the same one
 * the test suite runs through the API) against exactly what the plan releases — the Träger's
 * figures exactly, the örtliche Jobcenter's base quantities and Kennzahlen as far as released.
 * It returns what the attack pins among the withheld figures and which series-years it exposes. The lines
 * alone cannot see a partner that is itself worked out (a withheld 0 that follows from its
 * whole); the audit can, as far as its identities reach (docs/disclosure-attack.md).
 */
import {
  KENNZAHL_IDS,
  SEXES,
  type BaseQuantity,
  type KennzahlId,
  type Sex,
} from '../../kpi/catalog.ts';
import { computeKennzahl } from '../../kpi/kennzahlen.ts';
import { monthFromIndex } from '../../shared/month.ts';
import { parseCellKey, type CellSpace } from '../attack/cells.ts';
import type { AttackInput, SeenFigure } from '../attack/figures.ts';
import { buildModel, solve } from '../attack/solve.ts';
import { countRange, restsOnCounts, type CountExpression } from '../attack/count-basis.ts';
import { withheldTargets } from '../attack/targets.ts';
import type { ReleaseInput } from './release-plan.ts';
import { COUNT_QUANTITIES, seriesYearKey, yearOfIndex } from './series-year.ts';
import { isSmallCount } from './small-count.ts';

export interface AuditPin {
  unitId: string;
  sex: Sex;
  quantity: BaseQuantity;
  month: number;
  value: number;
}

export interface AuditResult {
  /** withheld months of base quantities the attack pins, with their value */
  months: AuditPin[];
  /** withheld Kennzahlen whose every count the attack pins: showing them tells nothing new */
  kennzahlen: { unitId: string; sex: Sex; id: KennzahlId; month: number }[];
  /** series-years (series-year.ts) in a count of 1 or 2 the attack pins, with the month it ends in */
  exposed: { key: string; month: number }[];
}

export interface ReleasedView {
  month(unitId: string, sex: Sex, q: BaseQuantity, m: number): boolean;
  kennzahl(unitId: string, sex: Sex, id: KennzahlId, m: number): boolean;
}

/** the Träger's id inside the audit: the attack needs only the tree's shape */
const PARENT = '__traeger__';

export function auditRelease(input: ReleaseInput, released: ReleasedView): AuditResult {
  const figures: SeenFigure[] = [];
  const units = [PARENT, ...input.units];
  const countOf = (u: string, s: Sex, q: BaseQuantity, m: number) =>
    u === PARENT ? input.parentCount(s, q, m) : input.count(u, s, q, m);
  for (const u of units)
    for (const sex of SEXES)
      for (let m = input.first; m <= input.last; m++) {
        const month = monthFromIndex(m);
        for (const q of COUNT_QUANTITIES) {
          const value = countOf(u, sex, q, m);
          if (value === null) continue;
          const shown = u === PARENT || released.month(u, sex, q, m);
          figures.push(figure(u, month, sex, 'grundgroesse', q, shown, [value, null, null]));
        }
        for (const id of KENNZAHL_IDS) {
          if (!restsOnCounts(id)) continue;
          // a Kennzahl without a value (nothing to divide by) is a figure too: withheld, the
          // viewer sees a mark where the counts it rests on may be known
          const k = computeKennzahl(id, (q, k) => countOf(u, sex, q, k), m);
          const shown = u === PARENT || released.kennzahl(u, sex, id, m);
          figures.push(figure(u, month, sex, 'kennzahl', id, shown, [k.wert, k.zaehler, k.nenner]));
        }
      }
  const attack: AttackInput = {
    figures,
    units: units.map((id) => ({
      id,
      parentId: id === PARENT ? null : PARENT,
      kind: id === PARENT ? 'traeger' : 'jobcenter',
    })),
  };
  const result = solve(buildModel(attack), { useReasons: false });
  const out: AuditResult = { months: [], kennzahlen: [], exposed: [] };
  for (const t of withheldTargets(result.model)) {
    if (t.unitId === PARENT || t.month < input.first || t.month > input.last) continue;
    const ranges = t.counts.map((e) => ({ e, range: countRange(result.knowledge, e) }));
    for (const { e, range } of ranges)
      if (range[0] === range[1] && isSmallCount(range[0], e.scale))
        out.exposed.push(...seriesYearsOf(result.model.space, e, t.month));
    if (ranges.some(({ range }) => range[0] !== range[1])) continue;
    if (t.kind === 'grundgroesse')
      out.months.push({
        unitId: t.unitId,
        sex: t.sex,
        quantity: t.metric as BaseQuantity,
        month: t.month,
        value: ranges[0]!.range[0],
      });
    else
      out.kennzahlen.push({
        unitId: t.unitId,
        sex: t.sex,
        id: t.metric as KennzahlId,
        month: t.month,
      });
  }
  return out;
}

/** the series-years a count expression of the attack sums (cells.ts: `S12:INT`, `YTD:INT`, `INT`) */
function seriesYearsOf(space: CellSpace, e: CountExpression, month: number) {
  const out: { key: string; month: number }[] = [];
  for (const [cell] of e.terms) {
    const name = parseCellKey(space.key(cell));
    const [aggregate, base] = name.expression.includes(':')
      ? (name.expression.split(':') as [string, BaseQuantity])
      : [null, name.expression as BaseQuantity];
    const last = name.month;
    const first =
      aggregate === 'S12' ? last - 11 : aggregate === 'YTD' ? 12 * yearOfIndex(last) : last;
    for (let y = yearOfIndex(first); y <= yearOfIndex(last); y++)
      out.push({
        key: seriesYearKey(name.unitId, name.sex, base, y),
        month: aggregate === null ? last : month,
      });
  }
  return out;
}

function figure(
  unitId: string,
  month: string,
  sex: Sex,
  kind: SeenFigure['kind'],
  metric: string,
  shown: boolean,
  [value, zaehler, nenner]: [number | null, number | null, number | null],
): SeenFigure {
  return shown
    ? { unitId, month, sex, kind, metric, value, zaehler, nenner, suppressed: null }
    : {
        unitId,
        month,
        sex,
        kind,
        metric,
        value: null,
        zaehler: null,
        nenner: null,
        suppressed: 'geschuetzt',
      };
}
