/**
 * Targets and snapshots for the tests of sentences, attainment and forecasts: the seed's
 * Ziel II and Ziel III (shared/seed/zielvereinbarung-2014-kreis-borken.txt) and builders.
 */
import type { Target, TargetRole } from '../agreements/agreement.ts';
import type { Criterion } from '../agreements/criteria.ts';
import type {
  AssessmentContext,
  MetricSnapshot,
  Observation,
  Quality,
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
