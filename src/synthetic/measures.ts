/**
 * Instruments of the `massnahmen` file (SGB II/SGB III, legal state 2010–2015) with their
 * kategorie and typical duration. Codes are short and stable; the legal source is beside each.
 */
import type { Rng } from './rng.ts';

export type Kategorie = 'aktiv' | 'begleitend' | 'oeffentlich_gefoerdert';

export interface Instrument {
  code: string;
  kategorie: Kategorie;
  label: string;
  /** Duration in days: [min, max]. */
  days: readonly [number, number];
}

export const INSTRUMENTS = {
  MAT: {
    code: 'MAT',
    kategorie: 'aktiv',
    label:
      'Maßnahme zur Aktivierung und beruflichen Eingliederung bei einem Träger (§ 16 Abs. 1 SGB II i. V. m. § 45 SGB III)',
    days: [28, 180],
  },
  MAG: {
    code: 'MAG',
    kategorie: 'aktiv',
    label:
      'Maßnahme zur Aktivierung und beruflichen Eingliederung bei einem Arbeitgeber (§ 45 Abs. 1 Satz 1 Nr. 1 SGB III)',
    days: [7, 42],
  },
  FBW: {
    code: 'FBW',
    kategorie: 'aktiv',
    label: 'Förderung der beruflichen Weiterbildung (§§ 81 ff. SGB III)',
    days: [60, 540],
  },
  VB: { code: 'VB', kategorie: 'aktiv', label: 'Vermittlungsbudget (§ 44 SGB III)', days: [1, 1] },
  FF: { code: 'FF', kategorie: 'aktiv', label: 'Freie Förderung (§ 16f SGB II)', days: [60, 360] },
  KEL: {
    code: 'KEL',
    kategorie: 'aktiv',
    label:
      'Kommunale Eingliederungsleistung: Schuldner-, Sucht- oder psychosoziale Beratung (§ 16a SGB II)',
    days: [30, 270],
  },
  EGZ: {
    code: 'EGZ',
    kategorie: 'begleitend',
    label: 'Eingliederungszuschuss (§§ 88 ff. SGB III)',
    days: [90, 365],
  },
  ESG: {
    code: 'ESG',
    kategorie: 'begleitend',
    label: 'Einstiegsgeld (§ 16b SGB II)',
    days: [180, 720],
  },
  LES: {
    code: 'LES',
    kategorie: 'begleitend',
    label: 'Leistungen zur Eingliederung von Selbständigen (§ 16c SGB II)',
    days: [30, 365],
  },
  AGH: {
    code: 'AGH',
    kategorie: 'oeffentlich_gefoerdert',
    label: 'Arbeitsgelegenheit mit Mehraufwandsentschädigung (§ 16d SGB II)',
    days: [150, 330],
  },
  FAV: {
    code: 'FAV',
    kategorie: 'oeffentlich_gefoerdert',
    label: 'Förderung von Arbeitsverhältnissen (§ 16e SGB II)',
    days: [365, 730],
  },
  BA: {
    code: 'BA',
    kategorie: 'oeffentlich_gefoerdert',
    label: 'Bürgerarbeit (ESF-Bundesprogramm, Beschäftigungsphase 2011–2014)',
    days: [540, 1095],
  },
} as const satisfies Record<string, Instrument>;

const AKTIV = [
  INSTRUMENTS.MAT,
  INSTRUMENTS.MAG,
  INSTRUMENTS.FBW,
  INSTRUMENTS.VB,
  INSTRUMENTS.FF,
  INSTRUMENTS.KEL,
];
const AKTIV_WEIGHTS = [0.42, 0.14, 0.14, 0.14, 0.06, 0.1];
/** Bürgerarbeit places were filled from 2011-01 to 2012-12 and ended by 2014-12. */
const BUERGERARBEIT_FIRST = Date.UTC(2011, 0, 1) / 86_400_000;
const BUERGERARBEIT_LAST_START = Date.UTC(2012, 11, 31) / 86_400_000;
const BUERGERARBEIT_END = Date.UTC(2014, 11, 31) / 86_400_000;

export function drawAktiv(rng: Rng): Instrument {
  return AKTIV[rng.weighted(AKTIV_WEIGHTS)] ?? INSTRUMENTS.MAT;
}

export function drawOeffentlichGefoerdert(rng: Rng, day: number): Instrument {
  if (day >= BUERGERARBEIT_FIRST && day <= BUERGERARBEIT_LAST_START && rng.chance(0.25))
    return INSTRUMENTS.BA;
  return rng.chance(0.1) ? INSTRUMENTS.FAV : INSTRUMENTS.AGH;
}

/** Last day of a participation starting on `von`. */
export function measureEnd(rng: Rng, instrument: Instrument, von: number): number {
  const end = von + rng.int(instrument.days[0], instrument.days[1]) - 1;
  return instrument.code === 'BA' ? Math.min(end, BUERGERARBEIT_END) : end;
}

/** Beschäftigung begleitende Leistung that goes with a job start, if any. */
export function begleitendFor(
  rng: Rng,
  art: 'svb' | 'ausbildung' | 'selbstaendig',
  type: number,
): Instrument | null {
  if (art === 'svb')
    return rng.chance(0.04 + 0.05 * type)
      ? INSTRUMENTS.EGZ
      : rng.chance(0.03)
        ? INSTRUMENTS.ESG
        : null;
  if (art === 'selbstaendig')
    return rng.chance(0.5) ? INSTRUMENTS.ESG : rng.chance(0.3) ? INSTRUMENTS.LES : null;
  return null;
}
