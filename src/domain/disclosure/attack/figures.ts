/**
 * What one viewer fetched (GET /api/values, /api/comparison, …), reduced to what the attacker
 * reads: per unit × month × sex × metric the shown figure or the mark that it was withheld, and
 * the unit tree the viewer can see. Pure data, no I/O.
 */
import type { Sex } from '../../kpi/catalog.ts';
import type { UnitKind } from '../../units/unit-tree.ts';

/**
 * Why a figure was withheld, as the API said: the old cell-by-cell protection gave a reason
 * (kept to measure it); the disclosure control gives one mark that tells nothing.
 */
export type WithholdReason = 'kleine_zahl' | 'rueckrechnung' | 'geschuetzt';

export interface SeenFigure {
  unitId: string;
  /** YYYY-MM */
  month: string;
  sex: Sex;
  kind: 'grundgroesse' | 'kennzahl';
  metric: string;
  /** null: missing, or withheld (then `suppressed` says why) */
  value: number | null;
  zaehler: number | null;
  nenner: number | null;
  suppressed: WithholdReason | null;
}

export interface AttackUnit {
  id: string;
  parentId: string | null;
  kind: UnitKind;
}

export interface AttackInput {
  figures: readonly SeenFigure[];
  /** every unit the viewer knows of, with its parent (a Träger's örtliche Jobcenter complete) */
  units: readonly AttackUnit[];
}
