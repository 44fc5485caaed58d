/**
 * Targets and snapshots for the tests of sentences, attainment and forecasts: the seed's
 * Ziel II and Ziel III (shared/seed/zielvereinbarung-2014-kreis-borken.txt) and builders.
 */
import type { Target, TargetRole } from '../agreements/agreement.ts';
import type { Criterion, Metric } from '../agreements/criteria.ts';
import { assessTarget } from './attainment.ts';
import type { ForecastBand, ForecastBands } from './forecast.ts';
import type {
  AssessmentContext,
  MetricSnapshot,
  Observation,
  Quality,
  TargetAssessment,
  TargetStatus,
} from './types.ts';

/** Ziel II: "Integrationsquote … um 0,5 % gegenüber dem Vorjahr gesteigert" — relative, JFW_K2. */
export const ZIEL_II: Criterion = {
  kind: 'relative_aenderung',
  metric: { source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' },
  comparison: 'mindestens',
  change: 0.5,
  unit: 'prozent',
  referenceYear: null,
  decimals: 1,
};

/** Ziel III: "durchschnittliche Bestand an Langzeitleistungsbeziehern … konstant" — JDW_LZB. */
export const ZIEL_III: Criterion = {
  kind: 'keine_erhoehung',
  metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
  decimals: 1,
};

export function makeTarget(
  criterion: Criterion | null,
  options: { role?: TargetRole; path?: (number | null)[] | null; id?: string } = {},
): Target {
  return {
    id: options.id ?? 'II',
    role: options.role ?? 'hauptziel',
    title: null,
    text: [],
    criterion,
    lead: null,
    values: { offer: null, path: options.path ?? null },
    split: null,
    after: [],
  };
}

function observations(
  values: readonly (number | null)[],
  quality: Quality = 'final',
): (Observation | null)[] {
  return Array.from({ length: 12 }, (_, i) => {
    const value = values[i];
    return value === undefined || value === null ? null : { value, quality };
  });
}

/** Twelve months (shorter arrays leave the rest without data), year 2014 against 2013. */
export function makeSnapshot(
  current: readonly (number | null)[],
  reference: readonly (number | null)[],
  quality: Quality = 'final',
): MetricSnapshot {
  return {
    year: 2014,
    current: observations(current, quality),
    reference: observations(reference),
    datenstand: '2015-04-01',
  };
}

export function makeContext(
  snapshot: MetricSnapshot | null,
  today = '2015-04-15',
  partStatuses: Record<string, TargetStatus> = {},
): AssessmentContext {
  return { today, snapshot, partStatuses };
}

/** A year whose every month is `value`: a flat reference year. */
export function flat(value: number): number[] {
  return Array<number>(12).fill(value);
}

/** Σ INT since January: a year sum. */
export const INT_SUM: Metric = {
  source: 'grundgroesse',
  id: 'INT',
  sex: 'insgesamt',
  aggregation: 'jahressumme',
};

/**
 * Forecast bands that do not depend on the shipped table: log-width ±`pooled` around the point
 * forecast from every month, ±`scaled`/√N with a size N.
 */
export function fixedBands(pooled: number, scaled = pooled): ForecastBands {
  const band = (w: number): ForecastBand[] =>
    Array.from({ length: 11 }, () => ({ low: -w, high: w }));
  const table = (b: ForecastBand[]) => ({
    jahresfortschrittswert: b,
    jahresdurchschnitt: b,
    jahressumme: b,
    kennzahl: b,
    bestand: b,
  });
  return { level: 0.8, scaled: table(band(scaled)), pooled: table(band(pooled)) };
}

/** Judges a target with `criterion` on 2014 against 2013 (makeSnapshot) with `bands`, as of `today`. */
export function assessorWith(bands: ForecastBands) {
  return (
    criterion: Criterion | null,
    current: (number | null)[],
    reference: (number | null)[],
    options: { path?: (number | null)[]; today?: string } = {},
  ): TargetAssessment =>
    assessTarget(
      makeTarget(criterion, { path: options.path ?? null }),
      makeContext(makeSnapshot(current, reference), options.today),
      bands,
    );
}

/** "mindestens 1.200 Integrationen" in the year, judged without decimals. */
export const AT_LEAST_1200_INT: Criterion = {
  kind: 'absolut',
  metric: INT_SUM,
  comparison: 'mindestens',
  value: 1200,
  tolerance: null,
  decimals: 0,
};
