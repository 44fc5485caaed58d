/** Public types of the Kennzahlen engine (microdata → base quantities → Kennzahlen). */
import type { Month } from '../domain/shared/month.ts';
import type { BaseQuantity, KennzahlId, Sex } from '../domain/kpi/catalog.ts';

export type Ebene = 'land' | 'traeger' | 'jobcenter';

export interface Einheit {
  id: string;
  name: string;
  ebene: Ebene;
  parentId: string | null;
}

export interface KpiComputeOptions {
  /** Directory with the microdata files of kennzahlen.md §1 (CSV or Parquet). */
  inputDir: string;
  /** First and last report month to output. */
  from: Month;
  to: Month;
  /** Skip invalid rows (listed and counted) instead of refusing the whole input. */
  skipInvalid?: boolean;
  /** Called at the start of each step; `done` of `total` steps. */
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface BaseQuantityRow {
  einheitId: string;
  monat: Month;
  geschlecht: Sex;
  groesse: BaseQuantity;
  /** null = missing (inputs outside the observation period). */
  wert: number | null;
}

export interface KennzahlRow {
  einheitId: string;
  monat: Month;
  geschlecht: Sex;
  kennzahl: KennzahlId;
  /** null = missing; then zaehler and nenner are null too. */
  wert: number | null;
  zaehler: number | null;
  nenner: number | null;
}

/** One problem found in the input: which file, which line (1 = header), which column, what. */
export interface InputProblem {
  file: string;
  line: number | null;
  column: string | null;
  problem: string;
  /** How many rows this entry stands for: 1, or more for the entry that sums up rows not listed one by one. */
  count?: number;
}

export interface KpiComputeResult {
  einheiten: Einheit[];
  /** First and last month of the observation period (kennzahlen.md §1). */
  observation: { first: Month; last: Month };
  baseQuantities: BaseQuantityRow[];
  kennzahlen: KennzahlRow[];
  /** Rows skipped with `skipInvalid` (empty otherwise), each with its problem. */
  skipped: InputProblem[];
  /** Number of input rows read per file. */
  inputRows: Record<string, number>;
}
