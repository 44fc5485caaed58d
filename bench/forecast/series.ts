/**
 * The year series the backtest forecasts, per unit (sex insgesamt): the three of the brief
 * (JFW_K2, JDW_LZB, Σ INT) and two monthly values for the 'kennzahl' and 'bestand' bands
 * (K2, the LZB stock). Each year also carries its size: the number of events or persons
 * behind the December value (the Kennzahl's zaehler for quotas, the value for counts).
 */
import type { KpiComputeResult } from '../../src/engine/types.ts';
import type { ForecastSeries } from '../../src/domain/monitoring/forecast.ts';

export interface SeriesSpec {
  name: string;
  band: ForecastSeries;
}

export const SERIES: readonly SeriesSpec[] = [
  { name: 'JFW_K2', band: 'jahresfortschrittswert' },
  { name: 'JDW_LZB', band: 'jahresdurchschnitt' },
  { name: 'Σ INT', band: 'jahressumme' },
  { name: 'K2', band: 'kennzahl' },
  { name: 'LZB', band: 'bestand' },
];

export interface YearValues {
  /** index 0 = January; null where missing */
  values: (number | null)[];
  /** events or persons behind the December value (zaehler of a quota, the count itself otherwise) */
  size: number | null;
}

/** unit → series name → year → values. */
export type YearSeries = Record<string, Record<string, Record<number, YearValues>>>;

function slot(
  out: YearSeries,
  unit: string,
  name: string,
  monat: string,
): { year: YearValues; index: number } {
  const byName = (out[unit] ??= {});
  const byYear = (byName[name] ??= {});
  const year = (byYear[Number(monat.slice(0, 4))] ??= {
    values: Array<number | null>(12).fill(null),
    size: null,
  });
  return { year, index: Number(monat.slice(5, 7)) - 1 };
}

export function extractSeries(result: KpiComputeResult): YearSeries {
  const out: YearSeries = {};
  for (const row of result.kennzahlen) {
    if (
      row.geschlecht !== 'insgesamt' ||
      !(row.kennzahl === 'JFW_K2' || row.kennzahl === 'JDW_LZB' || row.kennzahl === 'K2')
    )
      continue;
    const { year, index } = slot(out, row.einheitId, row.kennzahl, row.monat);
    year.values[index] = row.wert;
    if (index === 11) year.size = row.kennzahl === 'JDW_LZB' ? row.wert : row.zaehler;
  }
  for (const row of result.baseQuantities) {
    if (row.geschlecht !== 'insgesamt' || !(row.groesse === 'INT' || row.groesse === 'LZB'))
      continue;
    slot(out, row.einheitId, row.groesse === 'INT' ? 'Σ INT' : 'LZB', row.monat).year.values[
      Number(row.monat.slice(5, 7)) - 1
    ] = row.wert;
  }
  for (const byName of Object.values(out)) {
    // Σ INT is year-to-date: cumulate the monthly integrations within each year.
    for (const year of Object.values(byName['Σ INT'] ?? {})) {
      let sum: number | null = 0;
      year.values = year.values.map((v) => (sum = sum === null || v === null ? null : sum + v));
      year.size = year.values[11] ?? null;
    }
    for (const year of Object.values(byName['LZB'] ?? {})) year.size = year.values[11] ?? null;
  }
  return out;
}
