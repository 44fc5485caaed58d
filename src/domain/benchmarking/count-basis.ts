/**
 * Which counts of persons or events a Kennzahl figure rests on, so that small counts can be
 * suppressed (suppression.ts). From the zaehler/nenner of kennzahlen.md §3:
 * - K1, K1E1 are sums of money: no person can be read from them;
 * - quotas and changes of stocks: zaehler and nenner are counts (or averages of counts);
 * - shares of one set (K2E3: sustained of all svb integrations, K3E2: active of all LZB): the
 *   complement nenner − zaehler counts persons too (2 of 40 not sustained reveals as much as 2);
 * - averaged monthly rates (K1E3, K1E4, K3E3, K3E4): zaehler/nenner are Σ rates and 12, so the
 *   events are taken from the base quantity summed over the same twelve months;
 * - JDW_LZB is itself an (average) count of persons.
 */
import type { BaseQuantity, KennzahlId } from '../kpi/catalog.ts';

export type CountBasis = 'geld' | 'zaehler_nenner' | 'anteil' | 'ereignisse_12_monate' | 'bestand';

export const COUNT_BASIS: Record<KennzahlId, CountBasis> = {
  K1: 'geld',
  K1E1: 'geld',
  K1E2: 'zaehler_nenner',
  K1E3: 'ereignisse_12_monate',
  K1E4: 'ereignisse_12_monate',
  K2: 'zaehler_nenner',
  K2E1: 'zaehler_nenner',
  K2E2: 'zaehler_nenner',
  K2E3: 'anteil',
  K2E4: 'zaehler_nenner',
  K3: 'zaehler_nenner',
  K3E1: 'zaehler_nenner',
  K3E2: 'anteil',
  K3E3: 'ereignisse_12_monate',
  K3E4: 'ereignisse_12_monate',
  JFW_K2: 'zaehler_nenner',
  JDW_LZB: 'bestand',
};

/** The events behind the averaged rates (kennzahlen.md §3: Ø12 of monthly Zugangs-/Abgangsraten). */
export const RATE_EVENTS: Partial<Record<KennzahlId, BaseQuantity>> = {
  K1E3: 'ZUGANG_ELB',
  K1E4: 'ABGANG_ELB',
  K3E3: 'ZUGANG_LZB',
  K3E4: 'ABGANG_LZB',
};

export interface Figure {
  value: number | null;
  zaehler: number | null;
  nenner: number | null;
}

/**
 * The counts a shown figure rests on; null when they cannot be told (an averaged rate whose
 * events are not loaded) — the caller must then treat the figure as protected.
 */
export function countsOf(
  id: KennzahlId,
  figure: Figure,
  events12: number | null,
): (number | null)[] | null {
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
    case 'ereignisse_12_monate':
      return events12 === null ? null : [events12];
    case 'bestand':
      return [figure.value];
  }
}
