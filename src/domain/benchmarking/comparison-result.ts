/**
 * What the comparison operations answer (GET /api/comparison, /api/comparison/vergleichstyp),
 * as plain types the server presents and the web application reads.
 */
import type { Sex } from '../kpi/catalog.ts';
import type { ComparisonRow, UnitRef } from './comparison-table.ts';

export interface ComparisonViewer {
  name: string;
  /** may see counts of 1 and 2 of the units in the viewer's own area */
  microdataRights: boolean;
}

interface ComparisonBody {
  /** report month YYYY-MM; null when there is nothing to compare */
  month: string | null;
  sex: Sex;
  datenstand: 'latest' | number;
  /** the newest as-of date (YYYY-MM-DD) among the figures shown */
  stand: string | null;
  viewer: ComparisonViewer;
  members: UnitRef[];
  rows: ComparisonRow[];
  suppressedAny: boolean;
  /** the suppression rule in German, when something was suppressed */
  note: string | null;
  /** counts below this (and above zero) are suppressed */
  minCellCount: number;
}

/** Kreisinterner Kennzahlenvergleich: the örtliche Jobcenter of one Träger, the Träger as total. */
export interface JobcenterComparison extends ComparisonBody {
  parent: UnitRef;
}

export type VergleichstypBasis = 'vergleichstyp' | 'nachbarn';

/** A Träger within its SGB II-Vergleichstyp or against its nearest neighbours. */
export interface VergleichstypComparison extends ComparisonBody {
  unit: UnitRef;
  vergleichstyp: string | null;
  /** null: nothing to compare with (no type and no neighbours recorded) */
  basis: VergleichstypBasis | null;
  /** what was compared, or why nothing could be, in German */
  message: string;
}
