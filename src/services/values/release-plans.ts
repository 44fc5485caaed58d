/**
 * The release plan (domain/disclosure/control) of the örtliche Jobcenter of one Träger for one
 * Datenstand ('latest' or an id): decided from the exact base quantities of all of them, whoever
 * asks — every viewer without the grant reads a part of the same protected release, so that two
 * views cannot be combined into more than one of them tells — and withholding in every Datenstand
 * what any Datenstand's plan withholds.
 */
import {
  baseQuantityDigest,
  listDatenstandRows,
  selectValues,
} from '../../db/repositories/values.ts';
import {
  combineReleasePlans,
  planRelease,
  COUNT_QUANTITIES,
  type ReleasePlan,
} from '../../domain/disclosure/control/index.ts';
import type { BaseQuantity, Sex } from '../../domain/kpi/catalog.ts';
import { monthIndex, parseMonth } from '../../domain/shared/month.ts';
import type { ServiceContext } from '../context.ts';
import { cachedResult } from '../result-cache.ts';
import { systemActor } from '../system/system-actor.ts';
import { loadUnitDirectory, type UnitDirectory } from '../units/unit-directory.ts';

/** The Träger whose örtliche Jobcenter's plan governs a unit's figures; null if none does. */
export function planParentOf(directory: UnitDirectory, unitId: string): string | null {
  const node = directory.byId.get(unitId);
  if (node?.kind !== 'jobcenter' || node.parentId === null) return null;
  return directory.byId.get(node.parentId)?.kind === 'traeger' ? node.parentId : null;
}

/** The same reader for every viewer: the plan must not depend on who asks first. */
const PLANNER = systemActor('disclosure-control');

type PlanFamily = ReadonlyMap<'latest' | number, ReleasePlan>;

/**
 * Plans by store and digest of the Träger's base quantities (baseQuantityDigest): an edit of an
 * agreement moves the store's generation but not the figures, and a plan takes seconds.
 */
const families = new WeakMap<object, Map<string, Promise<PlanFamily>>>();
const KEPT_FAMILIES = 16;

export function releasePlanFor(
  ctx: ServiceContext,
  traegerId: string,
  datenstand: 'latest' | number,
): Promise<ReleasePlan> {
  const planner: ServiceContext = { ...ctx, actor: PLANNER };
  return cachedResult(planner, 'release-plan', { traegerId, datenstand }, async () => {
    const family = await planFamily(planner, traegerId);
    // a Datenstand without base quantities of these örtlichen Jobcenter: nothing of theirs to show
    return (
      family.get(datenstand) ??
      (await computePlan(planner, traegerId, await childrenOf(planner, traegerId), datenstand))
    );
  });
}

async function planFamily(ctx: ServiceContext, traegerId: string): Promise<PlanFamily> {
  const units = await childrenOf(ctx, traegerId);
  const digest = await baseQuantityDigest(ctx.db, [traegerId, ...units]);
  const key = `${traegerId}|${units.join(',')}|${digest}`;
  let byKey = families.get(ctx.db);
  if (byKey === undefined) families.set(ctx.db, (byKey = new Map()));
  let family = byKey.get(key);
  if (family === undefined) {
    family = computeFamily(ctx, traegerId, units);
    family.catch(() => byKey.delete(key));
    if (byKey.size >= KEPT_FAMILIES) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, family);
  }
  return family;
}

/**
 * The plans of every Datenstand holding figures of the örtlichen Jobcenter, and of 'latest', each
 * withholding what any of them withholds (combineReleasePlans): a viewer who reads two Datenstände
 * of the same months must not get a month from one and the year total from the other.
 */
async function computeFamily(
  ctx: ServiceContext,
  traegerId: string,
  units: readonly string[],
): Promise<PlanFamily> {
  const ids = (await listDatenstandRows(ctx.db, units)).map((d) => d.id);
  const own = new Map<'latest' | number, ReleasePlan>();
  for (const d of ['latest' as const, ...ids])
    own.set(d, await computePlan(ctx, traegerId, units, d));
  return new Map([...own].map(([d, plan]) => [d, combineReleasePlans(plan, [...own.values()])]));
}

async function childrenOf(ctx: ServiceContext, traegerId: string): Promise<string[]> {
  const directory = await loadUnitDirectory(ctx);
  return directory.nodes
    .filter((n) => n.parentId === traegerId && n.kind === 'jobcenter')
    .map((n) => n.id)
    .sort();
}

async function computePlan(
  ctx: ServiceContext,
  traegerId: string,
  units: readonly string[],
  datenstand: 'latest' | number,
): Promise<ReleasePlan> {
  const rows = await selectValues(ctx.db, {
    unitIds: [traegerId, ...units],
    kind: 'grundgroesse',
    metrics: COUNT_QUANTITIES,
    from: '0001-01',
    to: '9999-12',
    datenstand,
  });
  const counts = new Map<string, number | null>();
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    const m = monthIndex(parseMonth(r.month));
    first = Math.min(first, m);
    last = Math.max(last, m);
    counts.set(`${r.unitId}|${r.sex}|${r.metric}|${m}`, r.value);
  }
  return planRelease({
    units,
    first,
    last,
    count: (u: string, s: Sex, q: BaseQuantity, m: number) =>
      counts.get(`${u}|${s}|${q}|${m}`) ?? null,
    parentCount: (s: Sex, q: BaseQuantity, m: number) =>
      counts.get(`${traegerId}|${s}|${q}|${m}`) ?? null,
  });
}
