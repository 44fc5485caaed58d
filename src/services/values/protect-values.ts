/**
 * Figures as a viewer may read them (docs/disclosure-control.md). A viewer with the microdata
 * grant reads its own area exactly ('figures.exact', domain/access/rights.ts); everyone else reads
 * the figures of örtliche Jobcenter through the release plan of their Träger
 * (domain/disclosure/control): a figure not released keeps its place with value, zaehler and
 * nenner null and the one mark `suppressed: 'geschuetzt'`, so a table shows "•" and not a gap.
 * The Träger's own figures and everything above stay exact. Every output reads figures here.
 */
import { decide } from '../../domain/access/rights.ts';
import {
  isSmallCount,
  kennzahlReleased,
  monthReleased,
  PROTECTED,
  type ProtectionMark,
  yearTotalReleased,
  type ReleasePlan,
} from '../../domain/disclosure/control/index.ts';
import { worstQuality } from '../../domain/monitoring/year-to-date.ts';
import type { Quality } from '../../domain/monitoring/types.ts';
import type { BaseQuantity, KennzahlId } from '../../domain/kpi/catalog.ts';
import { monthIndex, parseMonth } from '../../domain/shared/month.ts';
import type { ServiceContext } from '../context.ts';
import { cachedResult } from '../result-cache.ts';
import { loadUnitDirectory, type UnitDirectory } from '../units/unit-directory.ts';
import { queryValues, type StoredValue, type ValueQuery } from './query-values.ts';
import { planParentOf, releasePlanFor } from './release-plans.ts';

/** the quality every withheld figure carries, whatever its own (metric-snapshot.ts reads it too) */
export const WITHHELD_QUALITY = 'eingeschraenkt';

export interface ProtectedValue extends StoredValue {
  /** set when the figure is withheld from this viewer */
  suppressed: ProtectionMark | null;
}

/**
 * Read once per store generation, viewer and query (result-cache.ts). `reader` reads the rows
 * where the viewer may compare units outside its own area (comparison/visibility.ts); what is
 * shown is still decided for the viewer.
 */
export function readValues(
  viewer: ServiceContext,
  q: ValueQuery,
  reader: ServiceContext = viewer,
): Promise<ProtectedValue[]> {
  return cachedResult(viewer, 'values', { q, peers: reader !== viewer }, () =>
    protectValues(viewer, q, reader),
  );
}

/** Whether the viewer reads this unit's figures exactly. */
export function readsExactly(
  viewer: ServiceContext,
  directory: UnitDirectory,
  unitId: string,
): boolean {
  return decide(viewer.actor, directory, { kind: 'figures.exact', unitId }).allowed;
}

async function protectValues(
  viewer: ServiceContext,
  q: ValueQuery,
  reader: ServiceContext,
): Promise<ProtectedValue[]> {
  const rows = await queryValues(reader, q);
  const directory = await loadUnitDirectory(viewer);
  const exact = new Map<string, boolean>();
  const plans = new Map<string, ReleasePlan>();
  for (const unitId of new Set(rows.map((r) => r.unitId))) {
    exact.set(unitId, readsExactly(viewer, directory, unitId));
    const parent = planParentOf(directory, unitId);
    if (!exact.get(unitId) && parent !== null && !plans.has(parent))
      plans.set(parent, await releasePlanFor(viewer, parent, q.datenstand));
  }
  const shown = (r: StoredValue): boolean => {
    if (exact.get(r.unitId)) return true;
    // a count not yet known (INT_KONTINUIERLICH of the last months) is missing for everyone alike
    if (r.kind === 'grundgroesse' && r.value === null) return true;
    // local indicators are outside the plan: their own small counts (value or numerator) are
    // withheld, and numerator and denominator are never shown (docs/disclosure-control.md, Limits)
    if (r.kind === 'lokal') return !isSmallCount(r.value) && !isSmallCount(r.zaehler);
    const parent = planParentOf(directory, r.unitId);
    const plan = parent === null ? undefined : plans.get(parent);
    if (plan === undefined) return true;
    const m = monthIndex(parseMonth(r.month));
    return r.kind === 'grundgroesse'
      ? monthReleased(plan, r.unitId, r.sex, r.metric as BaseQuantity, m)
      : kennzahlReleased(plan, r.unitId, r.sex, r.metric as KennzahlId, m);
  };
  return rows.map((r) =>
    shown(r)
      ? r.kind === 'lokal' && !exact.get(r.unitId)
        ? { ...r, zaehler: null, nenner: null, suppressed: null }
        : { ...r, suppressed: null }
      : // one quality for every withheld figure: 'fehlend' would tell a denominator of 0
        {
          ...r,
          value: null,
          zaehler: null,
          nenner: null,
          quality: WITHHELD_QUALITY,
          suppressed: PROTECTED,
        },
  );
}

export interface YearTotalQuery {
  unitId: string;
  sex: ProtectedValue['sex'];
  quantity: BaseQuantity;
  year: number;
  datenstand: 'latest' | number;
}

/**
 * A base quantity's calendar-year total as the viewer may read it: formed from the exact months,
 * then protected as a whole (release-plan.ts) — shown for a small Jobcenter whose months are
 * withheld, when its plan releases the total. null where it is not released or a month is missing.
 */
export async function readYearTotal(
  viewer: ServiceContext,
  q: YearTotalQuery,
): Promise<{ value: number; quality: Quality } | null> {
  const rows = await queryValues(viewer, {
    unitIds: [q.unitId],
    kind: 'grundgroesse',
    metrics: [q.quantity],
    sex: [q.sex],
    from: `${q.year}-01`,
    to: `${q.year}-12`,
    datenstand: q.datenstand,
  });
  if (rows.length !== 12 || rows.some((r) => r.value === null)) return null;
  const directory = await loadUnitDirectory(viewer);
  const parent = planParentOf(directory, q.unitId);
  if (!readsExactly(viewer, directory, q.unitId) && parent !== null) {
    const plan = await releasePlanFor(viewer, parent, q.datenstand);
    if (!yearTotalReleased(plan, q.unitId, q.sex, q.quantity, q.year)) return null;
  }
  return {
    value: rows.reduce((sum, r) => sum + r.value!, 0),
    quality: rows.map((r) => r.quality).reduce(worstQuality),
  };
}
