/**
 * Which counts of persons or events a Kennzahl figure rests on, so that small counts can be
 * suppressed (suppression.ts). From the zaehler/nenner of kennzahlen.md §3:
 * - K1, K1E1 are sums of money: no person can be read from them;
 * - quotas and changes of stocks: zaehler and nenner are counts (or averages of counts);
 * - shares of one set (K2E3: sustained of all svb integrations, K3E2: active of all LZB): the
 *   complement nenner − zaehler counts persons too (2 of 40 not sustained reveals as much as 2);
 * - averaged rates (K1E3, K1E4, K3E3, K3E4, contract version 2): zaehler is Σ12 flows, a count
 *   of events; nenner Σ12 stocks, a sum of twelve stocks, protected as their average (nenner/12,
 *   like the Ø12' stock of a quota);
 * - JDW_LZB is itself an (average) count of persons.
 */
import type { KennzahlId } from '../kpi/catalog.ts';

export type CountBasis = 'geld' | 'zaehler_nenner' | 'anteil' | 'bewegungsrate' | 'bestand';

export const COUNT_BASIS: Record<KennzahlId, CountBasis> = {
  K1: 'geld',
  K1E1: 'geld',
  K1E2: 'zaehler_nenner',
  K1E3: 'bewegungsrate',
  K1E4: 'bewegungsrate',
  K2: 'zaehler_nenner',
  K2E1: 'zaehler_nenner',
  K2E2: 'zaehler_nenner',
  K2E3: 'anteil',
  K2E4: 'zaehler_nenner',
  K3: 'zaehler_nenner',
  K3E1: 'zaehler_nenner',
  K3E2: 'anteil',
  K3E3: 'bewegungsrate',
  K3E4: 'bewegungsrate',
  JFW_K2: 'zaehler_nenner',
  JDW_LZB: 'bestand',
};

export interface Figure {
  value: number | null;
  zaehler: number | null;
  nenner: number | null;
}

/** The counts a shown figure rests on (null where a part is missing). */
export function countsOf(id: KennzahlId, figure: Figure): (number | null)[] {
  switch (COUNT_BASIS[id]) {
    case 'geld':
      return [];
    case 'zaehler_nenner':
      return [figure.zaehler, figure.nenner];
    case 'anteil':
      return [
        figure.zaehler,
        figure.nenner,
        figure.zaehler === null || figure.nenner === null ? null : figure.nenner - figure.zaehler,
      ];
    case 'bewegungsrate':
      return [figure.zaehler, figure.nenner === null ? null : figure.nenner / 12];
    case 'bestand':
      return [figure.value];
  }
}
