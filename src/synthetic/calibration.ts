/**
 * Calibration figures of a generated data set, computed with the project's engine: per unit
 * the eLb stock, the LZB share, K2 (also by sex) and K3E1 of December 2014 (the December
 * values are the year's Integrationsquoten, kennzahlen.md §4). For many Träger (bund) the
 * Träger are summarised by quantiles instead of listed.
 */
import type { Month } from '../domain/shared/month.ts';
import type { Ebene, KpiComputeResult } from '../engine/types.ts';

export const CALIBRATION_MONTH = '2014-12' as Month;

export interface CalibrationRow {
  id: string;
  name: string;
  ebene: Ebene | 'bund';
  elb: number | null;
  /** Percent of the eLb stock. */
  lzbShare: number | null;
  k2: number | null;
  k2m: number | null;
  k2w: number | null;
  k3e1: number | null;
}

type Ratio = { zaehler: number; nenner: number };

/** Extracts the rows from an engine result for `CALIBRATION_MONTH`; adds a Bund row over several Länder. */
export function calibrationRows(result: KpiComputeResult): CalibrationRow[] {
  const base = new Map<string, number | null>();
  for (const q of result.baseQuantities)
    if (q.monat === CALIBRATION_MONTH && q.geschlecht === 'insgesamt')
      base.set(`${q.einheitId}|${q.groesse}`, q.wert);
  const kz = new Map<string, Ratio & { wert: number | null }>();
  for (const k of result.kennzahlen) {
    if (k.monat === CALIBRATION_MONTH)
      kz.set(`${k.einheitId}|${k.kennzahl}|${k.geschlecht}`, {
        wert: k.wert,
        zaehler: k.zaehler ?? NaN,
        nenner: k.nenner ?? NaN,
      });
  }
  const rows: CalibrationRow[] = result.einheiten.map((u) => {
    const elb = base.get(`${u.id}|ELB`) ?? null;
    const lzb = base.get(`${u.id}|LZB`) ?? null;
    return {
      id: u.id,
      name: u.name,
      ebene: u.ebene,
      elb,
      lzbShare: elb !== null && lzb !== null && elb > 0 ? (100 * lzb) / elb : null,
      k2: kz.get(`${u.id}|K2|insgesamt`)?.wert ?? null,
      k2m: kz.get(`${u.id}|K2|m`)?.wert ?? null,
      k2w: kz.get(`${u.id}|K2|w`)?.wert ?? null,
      k3e1: kz.get(`${u.id}|K3E1|insgesamt`)?.wert ?? null,
    };
  });
  const laender = result.einheiten.filter((u) => u.ebene === 'land');
  if (laender.length > 1) {
    const sum = (id: string, sex: string): number | null => {
      let z = 0;
      let n = 0;
      for (const l of laender) {
        const r = kz.get(`${l.id}|${id}|${sex}`);
        if (r === undefined || r.wert === null) return null;
        z += r.zaehler;
        n += r.nenner;
      }
      return n > 0 ? (100 * z) / n : null;
    };
    const total = (q: string): number =>
      laender.reduce((s, l) => s + (base.get(`${l.id}|${q}`) ?? 0), 0);
    const elb = total('ELB');
    rows.unshift({
      id: '',
      name: 'Bund (Summe der Länder)',
      ebene: 'bund',
      elb,
      lzbShare: elb > 0 ? (100 * total('LZB')) / elb : null,
      k2: sum('K2', 'insgesamt'),
      k2m: sum('K2', 'm'),
      k2w: sum('K2', 'w'),
      k3e1: sum('K3E1', 'insgesamt'),
    });
  }
  return rows;
}

const fmt = (v: number | null, digits = 1): string => (v === null ? '–' : v.toFixed(digits));

function line(r: CalibrationRow): string {
  return [
    r.ebene.padEnd(9),
    r.id.padEnd(9),
    r.name.slice(0, 30).padEnd(30),
    fmt(r.elb, 0).padStart(9),
    fmt(r.lzbShare).padStart(6),
    fmt(r.k2).padStart(6),
    fmt(r.k2m).padStart(6),
    fmt(r.k2w).padStart(6),
    fmt(r.k3e1).padStart(6),
  ].join(' ');
}

function quantile(sorted: number[], q: number): number | null {
  return sorted.length === 0
    ? null
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null);
}

/** A text table; with more than `listLimit` Träger they are shown as quantiles. */
export function formatCalibration(rows: readonly CalibrationRow[], listLimit = 60): string {
  const header = `${'ebene'.padEnd(9)} ${'id'.padEnd(9)} ${'name'.padEnd(30)} ${'eLb'.padStart(9)} ${'LZB%'.padStart(6)} ${'K2'.padStart(6)} ${'K2 m'.padStart(6)} ${'K2 w'.padStart(6)} ${'K3E1'.padStart(6)}`;
  const traeger = rows.filter((r) => r.ebene === 'traeger');
  const listed =
    traeger.length > listLimit
      ? rows.filter((r) => r.ebene === 'land' || r.ebene === 'bund')
      : rows;
  const out = [
    `Kalibrierung ${CALIBRATION_MONTH} (eLb-Bestand und LZB-Anteil am Stichtag, K2/K3E1 Dezemberwerte)`,
    header,
    ...listed.map(line),
  ];
  if (traeger.length > listLimit) {
    const col = (pick: (r: CalibrationRow) => number | null): number[] =>
      traeger
        .map(pick)
        .filter((v): v is number => v !== null)
        .sort((a, b) => a - b);
    out.push(`Träger (${traeger.length}) — quantiles min / 10 % / median / 90 % / max:`);
    for (const [label, pick, digits] of [
      ['eLb', (r: CalibrationRow) => r.elb, 0],
      ['LZB%', (r: CalibrationRow) => r.lzbShare, 1],
      ['K2', (r: CalibrationRow) => r.k2, 1],
      ['K3E1', (r: CalibrationRow) => r.k3e1, 1],
    ] as const) {
      const v = col(pick);
      out.push(
        `  ${label.padEnd(5)} ${[0, 0.1, 0.5, 0.9, 1].map((q) => fmt(quantile(v, q), digits)).join(' / ')}`,
      );
    }
  }
  return out.join('\n');
}

/** Runs the engine on the generated directory for the calibration month. */
export async function computeCalibration(dir: string): Promise<CalibrationRow[]> {
  const { computeKpis } = await import('../engine/compute-kpis.ts');
  const result = await computeKpis({
    inputDir: dir,
    from: CALIBRATION_MONTH,
    to: CALIBRATION_MONTH,
  });
  return calibrationRows(result);
}
