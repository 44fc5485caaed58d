/**
 * Figures for someone without microdata rights (zielsteuerung.md, data protection): a figure
 * resting on 1 or 2 persons or events is withheld, and so is, among the örtliche Jobcenter of one
 * Träger (whose total the viewer can read), the cell that would let it be recovered by
 * subtraction (suppression.ts). Withheld rows keep their place with value, zaehler and nenner
 * null and `suppressed` set, so a table shows "•" rather than a gap.
 */
import { countsOf, RATE_EVENTS } from '../../domain/benchmarking/count-basis.ts';
import {
  suppressSmallCounts,
  type CountCell,
  type SuppressionReason,
} from '../../domain/benchmarking/suppression.ts';
import { MONEY_QUANTITIES, type BaseQuantity, type KennzahlId } from '../../domain/kpi/catalog.ts';
import { addMonths, parseMonth } from '../../domain/shared/month.ts';
import type { ServiceContext } from '../context.ts';
import { cachedResult } from '../result-cache.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';
import { queryValues, type StoredValue, type ValueQuery } from './query-values.ts';

export interface ProtectedValue extends StoredValue {
  /** why the figure is withheld, if it is */
  suppressed: SuppressionReason | null;
}

const eventKey = (unitId: string, sex: string, quantity: string, month: string) =>
  `${unitId}|${sex}|${quantity}|${month}`;

/** Σ of a rate's events over the twelve months ending in `month` (null if any is missing). */
function events12(
  events: ReadonlyMap<string, number | null>,
  unitId: string,
  sex: string,
  quantity: BaseQuantity,
  month: string,
): number | null {
  let sum = 0;
  for (let k = 0; k < 12; k++) {
    const v = events.get(eventKey(unitId, sex, quantity, addMonths(parseMonth(month), -k)));
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

async function countsFor(
  ctx: ServiceContext,
  rows: readonly StoredValue[],
  q: ValueQuery,
): Promise<Map<StoredValue, (number | null)[] | null>> {
  const rateEvents =
    q.kind === 'kennzahl'
      ? [...new Set(q.metrics.flatMap((m) => RATE_EVENTS[m as KennzahlId] ?? []))]
      : [];
  const eventRows =
    rateEvents.length === 0
      ? []
      : await queryValues(ctx, {
          ...q,
          kind: 'grundgroesse',
          metrics: rateEvents,
          from: addMonths(parseMonth(q.from), -11),
        });
  const events = new Map(
    eventRows.map((r) => [eventKey(r.unitId, r.sex, r.metric, r.month), r.value]),
  );
  return new Map(
    rows.map((r) => {
      if (r.kind === 'grundgroesse')
        return [r, MONEY_QUANTITIES.has(r.metric as BaseQuantity) ? [] : [r.value]];
      if (r.kind === 'lokal') return [r, [r.value]];
      const quantity = RATE_EVENTS[r.metric as KennzahlId];
      return [
        r,
        countsOf(
          r.metric as KennzahlId,
          r,
          quantity === undefined ? null : events12(events, r.unitId, r.sex, quantity, r.month),
        ),
      ];
    }),
  );
}

/** Read once per store generation, viewer and query (result-cache.ts). */
export function readValues(ctx: ServiceContext, q: ValueQuery): Promise<ProtectedValue[]> {
  return cachedResult(ctx, 'values', q, () => protectValues(ctx, q));
}

async function protectValues(ctx: ServiceContext, q: ValueQuery): Promise<ProtectedValue[]> {
  const rows = await queryValues(ctx, q);
  if (ctx.actor.microdataRights) return rows.map((r) => ({ ...r, suppressed: null }));
  const directory = await loadUnitDirectory(ctx);
  // siblings of every requested örtliches Jobcenter: the viewer can read their Träger's total
  const siblings = new Set<string>();
  for (const id of q.unitIds) {
    const parent = directory.byId.get(id)?.parentId;
    if (directory.byId.get(id)?.kind !== 'jobcenter' || parent == null) continue;
    for (const n of directory.nodes)
      if (n.parentId === parent && directory.visible.has(n.id)) siblings.add(n.id);
  }
  const extra = [...siblings].filter((id) => !q.unitIds.includes(id));
  const all =
    extra.length === 0 ? rows : [...rows, ...(await queryValues(ctx, { ...q, unitIds: extra }))];
  const counts = await countsFor(ctx, all, {
    ...q,
    unitIds: [...new Set([...q.unitIds, ...extra])],
  });
  const suppressed = new Map<StoredValue, SuppressionReason>();
  const groups = new Map<string, StoredValue[]>();
  for (const r of all) {
    const parent =
      directory.byId.get(r.unitId)?.kind === 'jobcenter'
        ? (directory.byId.get(r.unitId)?.parentId ?? r.unitId)
        : r.unitId;
    const key = `${parent}|${r.month}|${r.sex}|${r.kind}|${r.metric}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [r]);
    else group.push(r);
  }
  for (const group of groups.values()) {
    const cells: CountCell[] = group.map((r) => ({
      unitId: r.unitId,
      counts: counts.get(r) ?? [],
    }));
    // counts that cannot be told (an averaged rate without its events) are protected as small
    for (const r of group) if (counts.get(r) === null) suppressed.set(r, 'kleine_zahl');
    const reasons = suppressSmallCounts(
      cells.filter((c) => c.counts !== null),
      { totalShown: group.length > 1 },
    );
    for (const r of group) if (reasons.has(r.unitId)) suppressed.set(r, reasons.get(r.unitId)!);
  }
  return rows.map((r) => {
    const reason = suppressed.get(r) ?? null;
    return reason === null
      ? { ...r, suppressed: null }
      : { ...r, value: null, zaehler: null, nenner: null, suppressed: reason };
  });
}
