/**
 * The name of a Kennzahl for a given report month: the one place that knows names change with
 * time. Every sentence, label, table, document and page that shows a Kennzahl for a month asks
 * here; KENNZAHL_DEFINITIONS[id].name is the current name, for lists without a month.
 *
 * - K2E3: "Nachhaltigkeit der Integrationen" (§ 5 Abs. 2 Nr. 3 Kennzahlen-Verordnung of
 *   12.8.2010, BGBl. I S. 1152) up to report month 2019-02; "Kontinuierliche Beschäftigung nach
 *   Integration" from report month 2019-03 on. The name was changed by the Erste Verordnung zur
 *   Änderung der Verordnung zur Festlegung der Kennzahlen nach § 48a SGB II of 15.3.2019 (BGBl. I
 *   S. 339), Art. 1 (§§ 2, 5, 6), in force since 22.3.2019. The switch month is the one in which
 *   the contract (kennzahlen.md §3) and the engine (K2E3_KONTINUIERLICH_FROM) change the rule, so a
 *   figure is always named by the rule it was computed with; docs/kennzahlen.md says why March.
 * - JDW_LZB (kennzahlen.md §4): in the year the average so far is the "Jahresfortschrittswert des
 *   durchschnittlichen LZB-Bestands"; only December's value, the mean of the whole year, is the
 *   "Jahresdurchschnittswert des LZB-Bestands".
 */
import { KENNZAHL_DEFINITIONS, type KennzahlId } from './catalog.ts';
import { K2E3_KONTINUIERLICH_FROM } from './kennzahlen.ts';
import { monthIndex, parseMonth } from '../shared/month.ts';

export const K2E3_NAME_BEFORE_2019_03 = 'Nachhaltigkeit der Integrationen';
export const JDW_LZB_IN_YEAR_NAME = 'Jahresfortschrittswert des durchschnittlichen LZB-Bestands';

/** The official name of `id` for report month `month` (1–12) of `year`. */
export function kennzahlNameFor(id: KennzahlId, year: number, month: number): string {
  if (month < 1 || month > 12 || !Number.isInteger(month))
    throw new RangeError(`month must be 1 … 12, got ${month}`);
  if (id === 'K2E3' && year * 12 + month - 1 < K2E3_KONTINUIERLICH_FROM)
    return K2E3_NAME_BEFORE_2019_03;
  if (id === 'JDW_LZB' && month < 12) return JDW_LZB_IN_YEAR_NAME;
  return KENNZAHL_DEFINITIONS[id].name;
}

/** The same for a report month written "YYYY-MM" (as the API and the web carry it). */
export function kennzahlNameOfMonth(id: KennzahlId, yearMonth: string): string {
  const index = monthIndex(parseMonth(yearMonth));
  return kennzahlNameFor(id, Math.floor(index / 12), (index % 12) + 1);
}
