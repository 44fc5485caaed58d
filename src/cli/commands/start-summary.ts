/** The German summary `npm start` prints: each unit's stock and its 2014 year values. */
import type { KennzahlRow, KpiComputeResult } from '../../engine/types.ts';
import type { Month } from '../../domain/shared/month.ts';

const percent = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

function cell(value: number | null | undefined, format: Intl.NumberFormat, unit = ''): string {
  return value === null || value === undefined ? '–' : `${format.format(value)}${unit}`;
}

export function formatSummary(result: KpiComputeResult, month: Month): string {
  const kennzahl = new Map<string, KennzahlRow>();
  for (const row of result.kennzahlen) if (row.monat === month && row.geschlecht === 'insgesamt') kennzahl.set(`${row.einheitId}|${row.kennzahl}`, row);
  const elb = new Map<string, number | null>();
  for (const row of result.baseQuantities) {
    if (row.monat === month && row.geschlecht === 'insgesamt' && row.groesse === 'ELB') elb.set(row.einheitId, row.wert);
  }
  const header = ['Einheit'.padEnd(28), 'eLb'.padStart(9), 'Integrationsquote'.padStart(18), 'Ø LZB-Bestand'.padStart(14), 'K3E1'.padStart(8)].join(' ');
  const lines = result.einheiten.map((unit) => {
    const get = (id: string) => kennzahl.get(`${unit.id}|${id}`)?.wert;
    return [
      `${unit.ebene === 'jobcenter' ? '  ' : ''}${unit.name}`.padEnd(28),
      cell(elb.get(unit.id), count).padStart(9),
      cell(get('JFW_K2'), percent, ' %').padStart(18),
      cell(get('JDW_LZB'), count).padStart(14),
      cell(get('K3E1'), percent, ' %').padStart(8),
    ].join(' ');
  });
  const [year, monthNumber] = month.split('-');
  return `Kennzahlen nach § 48a SGB II, Stand ${monthNumber}/${year} (synthetische Daten)\n` +
    `Integrationsquote = Jahresfortschrittswert ${year}; Ø LZB-Bestand = Jahresdurchschnitt ${year}; eLb am Stichtag\n\n` +
    `${header}\n${lines.join('\n')}\n`;
}
