/** Kreisinterner Kennzahlenvergleich: the örtliche Jobcenter of a Träger side by side. */
import { buildComparisonTable, type JobcenterComparison } from '../../domain/benchmarking/index.ts';
import { MIN_CELL_COUNT } from '../../domain/disclosure/control/index.ts';
import { KENNZAHL_IDS, type Sex } from '../../domain/kpi/catalog.ts';
import type { ServiceContext } from '../context.ts';
import { cachedResult } from '../result-cache.ts';
import { AppError } from '../errors.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';
import { latestMonthOf, readComparisonFigures } from './read-figures.ts';
import { requireComparableParent } from './visibility.ts';

export interface JobcenterComparisonQuery {
  parent: string;
  /** YYYY-MM; default: the newest month with figures */
  month?: string;
  sex: Sex;
  datenstand: 'latest' | number;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'de');

export function compareJobcenters(
  ctx: ServiceContext,
  q: JobcenterComparisonQuery,
): Promise<JobcenterComparison> {
  return cachedResult(ctx, 'compare-jobcenters', q, () => compare(ctx, q));
}

async function compare(
  ctx: ServiceContext,
  q: JobcenterComparisonQuery,
): Promise<JobcenterComparison> {
  const directory = await loadUnitDirectory(ctx);
  const parent = requireComparableParent(ctx, directory, q.parent);
  const members = directory.nodes
    .filter((n) => n.parentId === parent.id)
    .sort(byName)
    .map((n) => ({ id: n.id, name: n.name }));
  if (members.length === 0)
    throw new AppError(
      'validation',
      `${parent.name} hat keine örtlichen Jobcenter; verglichen werden die Jobcenter eines Trägers`,
      [{ path: 'query.parent', message: 'Einheit ohne untergeordnete Jobcenter' }],
    );
  const month = q.month ?? (await latestMonthOf(ctx, parent.id, q.datenstand));
  const viewer = { name: ctx.actor.name, microdataRights: ctx.actor.microdataRights };
  const head = {
    parent: { id: parent.id, name: parent.name },
    sex: q.sex,
    datenstand: q.datenstand,
    viewer,
    members,
    minCellCount: MIN_CELL_COUNT,
  };
  if (month === null)
    return { ...head, month: null, stand: null, rows: [], suppressedAny: false, note: null };
  const figures = await readComparisonFigures(ctx, {
    unitIds: [parent.id, ...members.map((m) => m.id)],
    month,
    sex: q.sex,
    datenstand: q.datenstand,
  });
  const body = buildComparisonTable({
    kennzahlen: KENNZAHL_IDS,
    month,
    members,
    reference: head.parent,
    figure: figures.figure,
  });
  return { ...head, month, stand: figures.stand, ...body };
}
