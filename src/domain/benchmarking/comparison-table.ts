/**
 * The kreisinterner Kennzahlenvergleich (zielsteuerung.md "Benchmarking") as a pure function:
 * units side by side on every Kennzahl, a distribution instead of ranks, and small counts
 * suppressed (suppression.ts) in every cell the viewer has no microdata rights for. A suppressed
 * cell carries no figure at all, and the distribution is taken over the shown cells only, so
 * neither the table nor its quartiles give a suppressed value away.
 */
import { KENNZAHL_DEFINITIONS, type KennzahlId } from '../kpi/catalog.ts';
import type { Quality } from '../monitoring/types.ts';
import { countsOf, type Figure } from './count-basis.ts';
import {
  describeDistribution,
  quarterOf,
  type Distribution,
  type Quarter,
} from './distribution.ts';
import {
  isSmallCount,
  suppressSmallCounts,
  SUPPRESSION_NOTE,
  type SuppressionReason,
} from './suppression.ts';

export interface UnitRef {
  id: string;
  name: string;
}

export interface StoredFigure extends Figure {
  quality: Quality;
}

export interface ComparisonCell {
  unitId: string;
  /** null: missing, or suppressed (then `suppressed` says why) */
  value: number | null;
  zaehler: number | null;
  nenner: number | null;
  quality: Quality | null;
  suppressed: SuppressionReason | null;
  /** the cell's quarter of the distribution; null for the total, missing or suppressed cells */
  quarter: Quarter | null;
}

export interface ComparisonRow {
  kennzahl: KennzahlId;
  name: string;
  unit: 'percent' | 'count';
  definition: string;
  /** the reference unit's own figure (the Träger's), shown as the column total */
  total: ComparisonCell | null;
  cells: ComparisonCell[];
  distribution: Distribution | null;
}

export interface ComparisonInput {
  kennzahlen: readonly KennzahlId[];
  members: readonly UnitRef[];
  /** shown as total when given (the Träger of the örtliche Jobcenter) */
  reference: UnitRef | null;
  figure(unitId: string, id: KennzahlId): StoredFigure | undefined;
  /** Σ of the events behind an averaged rate over the twelve months up to the report month */
  events12(unitId: string, id: KennzahlId): number | null;
  /** whether the viewer lacks microdata rights for this unit's figures */
  isProtected(unitId: string): boolean;
}

export interface ComparisonTableBody {
  rows: ComparisonRow[];
  /** true when at least one cell was suppressed */
  suppressedAny: boolean;
  note: string | null;
}

function shownCell(unitId: string, figure: StoredFigure | undefined): ComparisonCell {
  if (figure === undefined)
    return {
      unitId,
      value: null,
      zaehler: null,
      nenner: null,
      quality: null,
      suppressed: null,
      quarter: null,
    };
  return {
    unitId,
    value: figure.value,
    zaehler: figure.zaehler,
    nenner: figure.nenner,
    quality: figure.quality,
    suppressed: null,
    quarter: null,
  };
}

function hide(cell: ComparisonCell, reason: SuppressionReason): ComparisonCell {
  return { ...cell, value: null, zaehler: null, nenner: null, suppressed: reason };
}

/** Counts of a protected cell; a cell whose counts cannot be told is protected as if small. */
function protectedCounts(
  input: ComparisonInput,
  unitId: string,
  id: KennzahlId,
  cell: ComparisonCell,
): (number | null)[] {
  if (!input.isProtected(unitId) || cell.value === null) return [];
  return countsOf(id, cell, input.events12(unitId, id)) ?? [1];
}

function buildRow(input: ComparisonInput, id: KennzahlId): ComparisonRow {
  const definition = KENNZAHL_DEFINITIONS[id];
  let total =
    input.reference === null
      ? null
      : shownCell(input.reference.id, input.figure(input.reference.id, id));
  if (
    total !== null &&
    input.reference !== null &&
    protectedCounts(input, input.reference.id, id, total).some(isSmallCount)
  )
    total = hide(total, 'kleine_zahl');
  let cells = input.members.map((m) => shownCell(m.id, input.figure(m.id, id)));
  const column = cells.map((cell) => ({
    unitId: cell.unitId,
    counts: protectedCounts(input, cell.unitId, id, cell),
  }));
  const hidden = suppressSmallCounts(column, {
    totalShown: total !== null && total.value !== null,
  });
  cells = cells.map((cell) => {
    const reason = hidden.get(cell.unitId);
    return reason === undefined ? cell : hide(cell, reason);
  });
  const distribution = describeDistribution(
    cells.flatMap((c) => (c.value === null ? [] : [c.value])),
  );
  if (distribution !== null)
    cells = cells.map((c) =>
      c.value === null ? c : { ...c, quarter: quarterOf(c.value, distribution) },
    );
  return {
    kennzahl: id,
    name: definition.name,
    unit: definition.unit,
    definition: definition.definition,
    total,
    cells,
    distribution,
  };
}

export function buildComparisonTable(input: ComparisonInput): ComparisonTableBody {
  const rows = input.kennzahlen.map((id) => buildRow(input, id));
  const suppressedAny = rows.some(
    (r) => r.total?.suppressed != null || r.cells.some((c) => c.suppressed !== null),
  );
  return { rows, suppressedAny, note: suppressedAny ? SUPPRESSION_NOTE : null };
}
