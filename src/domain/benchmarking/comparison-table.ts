/**
 * The kreisinterner Kennzahlenvergleich (zielsteuerung.md "Benchmarking") as a pure function:
 * units side by side on every Kennzahl, a distribution instead of ranks. The figures arrive as
 * the viewer may read them (services/values/protect-values.ts, the disclosure control): a
 * withheld cell carries no figure at all, and the distribution is taken over the shown cells
 * only, so neither the table nor its quartiles give a withheld value away.
 */
import { KENNZAHL_DEFINITIONS, type KennzahlId } from '../kpi/catalog.ts';
import { kennzahlNameOfMonth } from '../kpi/kennzahl-name.ts';
import { kennzahlDisplayDecimals } from '../agreements/display-decimals.ts';
import type { Quality } from '../monitoring/types.ts';
import { PROTECTION_NOTE, type ProtectionMark } from '../disclosure/control/mark.ts';
import type { Figure } from './count-basis.ts';
import {
  describeDistribution,
  quarterOf,
  type Distribution,
  type Quarter,
} from './distribution.ts';

export interface UnitRef {
  id: string;
  name: string;
}

export interface StoredFigure extends Figure {
  quality: Quality;
  /** withheld from this viewer (then value, zaehler and nenner are null) */
  suppressed: ProtectionMark | null;
}

export interface ComparisonCell {
  unitId: string;
  /** null: missing, or withheld (then `suppressed` is set) */
  value: number | null;
  zaehler: number | null;
  nenner: number | null;
  quality: Quality | null;
  suppressed: ProtectionMark | null;
  /** the cell's quarter of the distribution; null for the total, missing or suppressed cells */
  quarter: Quarter | null;
}

export interface ComparisonRow {
  kennzahl: KennzahlId;
  name: string;
  unit: 'percent' | 'count';
  /** decimals the figures are shown with (display-decimals.ts) */
  decimals: number;
  definition: string;
  /** the reference unit's own figure (the Träger's), shown as the column total */
  total: ComparisonCell | null;
  cells: ComparisonCell[];
  distribution: Distribution | null;
}

export interface ComparisonInput {
  kennzahlen: readonly KennzahlId[];
  /** the report month compared (YYYY-MM): Kennzahlen are named as in that month */
  month: string;
  members: readonly UnitRef[];
  /** shown as total when given (the Träger of the örtliche Jobcenter) */
  reference: UnitRef | null;
  /** the figure as the viewer may read it */
  figure(unitId: string, id: KennzahlId): StoredFigure | undefined;
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
    quality: figure.suppressed === null ? figure.quality : null,
    suppressed: figure.suppressed,
    quarter: null,
  };
}

function buildRow(input: ComparisonInput, id: KennzahlId): ComparisonRow {
  const definition = KENNZAHL_DEFINITIONS[id];
  const total =
    input.reference === null
      ? null
      : shownCell(input.reference.id, input.figure(input.reference.id, id));
  let cells = input.members.map((m) => shownCell(m.id, input.figure(m.id, id)));
  const distribution = describeDistribution(
    cells.flatMap((c) => (c.value === null ? [] : [c.value])),
  );
  if (distribution !== null)
    cells = cells.map((c) =>
      c.value === null ? c : { ...c, quarter: quarterOf(c.value, distribution) },
    );
  return {
    kennzahl: id,
    name: kennzahlNameOfMonth(id, input.month),
    unit: definition.unit,
    decimals: kennzahlDisplayDecimals(id),
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
  return { rows, suppressedAny, note: suppressedAny ? PROTECTION_NOTE : null };
}
