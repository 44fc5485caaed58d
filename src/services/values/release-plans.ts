/**
 * The release plan (domain/disclosure/control) of the örtliche Jobcenter of one Träger for one
 * Datenstand ('latest' or an id): decided once per store generation from the exact base
 * quantities of all of them, whoever asks — every viewer without the grant reads a part of the
 * same protected release, so that two views cannot be combined into more than one of them tells.
 */
import { selectValues } from '../../db/repositories/values.ts';
import {
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

export function releasePlanFor(
  ctx: ServiceContext,
  traegerId: string,
  datenstand: 'latest' | number,
): Promise<ReleasePlan> {
  const planner: ServiceContext = { ...ctx, actor: PLANNER };
  return cachedResult(planner, 'release-plan', { traegerId, datenstand }, () =>
    computePlan(planner, traegerId, datenstand),
  );
}

async function computePlan(
  ctx: ServiceContext,
  traegerId: string,
  datenstand: 'latest' | number,
): Promise<ReleasePlan> {
  const directory = await loadUnitDirectory(ctx);
  const units = directory.nodes
    .filter((n) => n.parentId === traegerId && n.kind === 'jobcenter')
    .map((n) => n.id);
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
