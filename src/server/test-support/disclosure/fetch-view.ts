/**
 * Everything one viewer can fetch about figures, through the API as that viewer: the unit tree
 * (GET /api/units), all base quantities and Kennzahlen of every unit it sees (GET /api/values),
 * and the kreisinterne Kennzahlenvergleich of every Träger whose örtliche Jobcenter it may
 * compare, every month and sex (GET /api/comparison) — an örtliches Jobcenter sees its peers
 * there. The truth: the same figures as the operator reads them.
 */
import type {
  AttackInput,
  AttackUnit,
  SeenFigure,
} from '../../../domain/disclosure/attack/index.ts';
import { BASE_QUANTITIES, KENNZAHL_IDS, SEXES } from '../../../domain/kpi/catalog.ts';
import { monthsBetween, parseMonth } from '../../../domain/shared/month.ts';
import { OPERATOR, type DisclosureBed } from './bed.ts';

export interface Period {
  from: string;
  to: string;
}

interface UnitAnswer {
  id: string;
  kind: AttackUnit['kind'];
  parentId: string | null;
}

interface ComparisonCell {
  unitId: string;
  value: number | null;
  zaehler: number | null;
  nenner: number | null;
  suppressed: SeenFigure['suppressed'];
}

interface ComparisonAnswer {
  parent: { id: string };
  members: { id: string }[];
  rows: { kennzahl: string; total: ComparisonCell | null; cells: ComparisonCell[] }[];
}

export interface FetchedView {
  input: AttackInput;
  /** the units of the viewer's own area (GET /api/units); others it sees only compared */
  ownUnits: string[];
  /** requests sent */
  requests: number;
}

async function values(
  bed: DisclosureBed,
  user: string,
  unitIds: readonly string[],
  period: Period,
): Promise<SeenFigure[]> {
  const out: SeenFigure[] = [];
  for (const [kind, metrics] of [
    ['grundgroesse', BASE_QUANTITIES],
    ['kennzahl', KENNZAHL_IDS],
  ] as const) {
    const query = new URLSearchParams({
      units: unitIds.join(','),
      kind,
      metrics: metrics.join(','),
      from: period.from,
      to: period.to,
    });
    const rows = (await bed.get(`/api/values?${query}`, user)) as (SeenFigure & {
      suppressed?: SeenFigure['suppressed'];
    })[];
    for (const r of rows) out.push({ ...r, suppressed: r.suppressed ?? null });
  }
  return out;
}

export async function fetchView(
  bed: DisclosureBed,
  user: string,
  period: Period,
): Promise<FetchedView> {
  const units = (await bed.get('/api/units', user)) as UnitAnswer[];
  const tree = new Map<string, AttackUnit>(
    units
      .filter((u) => u.kind !== 'bund')
      .map((u) => [u.id, { id: u.id, parentId: u.parentId, kind: u.kind }]),
  );
  const ownUnits = [...tree.keys()];
  const figures = await values(bed, user, ownUnits, period);
  let requests = 3;
  // comparisons: of every Träger the viewer sees with örtliche Jobcenter, and of its own parent
  const parents = new Set(
    [...tree.values()].filter((u) => u.kind === 'jobcenter').map((u) => u.parentId!),
  );
  for (const parent of parents)
    for (const month of monthsBetween(parseMonth(period.from), parseMonth(period.to)))
      for (const sex of SEXES) {
        const query = new URLSearchParams({ parent, month, sex });
        const answer = (await bed.get(`/api/comparison?${query}`, user)) as ComparisonAnswer;
        requests++;
        tree.set(
          answer.parent.id,
          tree.get(answer.parent.id) ?? { id: answer.parent.id, parentId: null, kind: 'traeger' },
        );
        for (const m of answer.members)
          tree.set(
            m.id,
            tree.get(m.id) ?? { id: m.id, parentId: answer.parent.id, kind: 'jobcenter' },
          );
        for (const row of answer.rows)
          for (const cell of [...(row.total === null ? [] : [row.total]), ...row.cells])
            figures.push({
              unitId: cell.unitId,
              month,
              sex,
              kind: 'kennzahl',
              metric: row.kennzahl,
              value: cell.value,
              zaehler: cell.zaehler,
              nenner: cell.nenner,
              suppressed: cell.suppressed,
            });
      }
  return { input: { figures, units: [...tree.values()] }, ownUnits, requests };
}

/** The true figures of these units, as the operator reads them. */
export function fetchTruth(bed: DisclosureBed, unitIds: readonly string[], period: Period) {
  return values(bed, OPERATOR, unitIds, period);
}
