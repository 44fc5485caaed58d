/**
 * Demo: the 17 agreements of Kreis Borken with its örtliche Jobcenter for 2014, derived from the
 * Träger's agreement with MAIS NRW (cascade.ts). Previous-year figures are demo values from the
 * synthetic unit tree (eLb by the towns' weights, Integrationsquote 25 % shifted by each town's
 * strength, LZB 62 % of eLb), not figures computed from microdata; a service with real 2013
 * Kennzahlen passes those as weights instead.
 *
 * Local targets: Ziel II asks weaker towns for a larger rise of the Integrationsquote; weighted by
 * the 2013 integrations the local rises reproduce the Kreis's +0,5 %. Each Jobcenter also gets
 * an extra target II.S, its share of the Kreis's integrations 2014 (Σ INT, Jahressumme), and the
 * shares add up to the Kreis total exactly (largest remainder).
 */
import type { AgreementContent, Target } from '../../domain/agreements/agreement.ts';
import { deriveLocalAgreement, type LocalAgreement } from '../../domain/agreements/cascade.ts';
import type { Criterion } from '../../domain/agreements/criteria.ts';
import { formatNumberDe } from '../../domain/shared/format-de.ts';
import { roundHalfAwayFromZero } from '../../domain/shared/round.ts';
import { KREIS_BORKEN } from '../units/kreis-borken.ts';
import { buildBorkenAgreement2014 } from './agreement-borken-2014.ts';

/** Municipalities of Kreis Borken without town rights (all others are Städte). */
const GEMEINDEN = new Set([
  'Heek',
  'Heiden',
  'Legden',
  'Raesfeld',
  'Reken',
  'Schöppingen',
  'Südlohn',
]);
const KREIS_CHANGE = 0.5;
const BASE_QUOTA = 25;
const LZB_SHARE = 0.62;

export interface JobcenterPlan {
  unitId: string;
  name: string;
  /** demo 2013 figures: eLb (Jahresdurchschnitt), integrations (Σ), LZB (Jahresdurchschnitt) */
  elb2013: number;
  integrations2013: number;
  lzb2013: number;
  /** agreed rise of the Integrationsquote in % (Ziel II), one decimal */
  change: number;
  /** agreed integrations 2014 (II.S) */
  integrationSoll: number;
}

/** Integers proportional to `shares` that add up to `total` exactly (largest remainder). */
export function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((s, x) => s + x, 0);
  const exact = shares.map((x) => (total * x) / sum);
  const result = exact.map(Math.floor);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - result.reduce((s, x) => s + x, 0);
  for (let k = 0; k < missing; k++) result[order[k]![1]]! += 1;
  return result;
}

const weightedMean = (values: readonly number[], weights: readonly number[]): number =>
  values.reduce((s, v, i) => s + v * weights[i]!, 0) / weights.reduce((s, w) => s + w, 0);

/** 2013 figures of one örtliches Jobcenter as computed from the data (Ø eLb, Σ INT, Ø LZB). */
export interface Figures2013 {
  elb: number;
  integrations: number;
  lzb: number;
}

/**
 * The demo plan of the 17 örtliche Jobcenter (see the file comment); with `actual`, the 2013
 * figures computed from the microdata replace the demo values, so the cascade adds up on the
 * figures the system shows.
 */
export function planBorken2014(actual?: ReadonlyMap<string, Figures2013>): JobcenterPlan[] {
  const towns = KREIS_BORKEN.jobcenter ?? [];
  const demoElb = apportion(
    KREIS_BORKEN.size,
    towns.map((t) => t[2]),
  );
  const elb = towns.map((t, i) => actual?.get(t[0])?.elb ?? demoElb[i]!);
  const integrations = towns.map(
    (t, i) =>
      actual?.get(t[0])?.integrations ?? Math.round((elb[i]! * BASE_QUOTA * Math.exp(t[3])) / 100),
  );
  const lzb = towns.map((t, i) => actual?.get(t[0])?.lzb ?? Math.round(elb[i]! * LZB_SHARE));
  const meanOffset = weightedMean(
    towns.map((t) => t[3]),
    integrations,
  );
  const change = towns.map((t) => roundHalfAwayFromZero(KREIS_CHANGE - 2 * (t[3] - meanOffset), 1));
  // Rounding to one decimal can move the weighted mean; the largest Jobcenter takes up the rest.
  const largest = integrations.indexOf(Math.max(...integrations));
  const gap = KREIS_CHANGE - weightedMean(change, integrations);
  change[largest] = roundHalfAwayFromZero(
    change[largest]! + (gap * integrations.reduce((s, x) => s + x, 0)) / integrations[largest]!,
    1,
  );
  const soll = apportion(
    kreisIntegrationSoll(integrations),
    integrations.map((n, i) => n * (1 + change[i]! / 100)),
  );
  return towns.map(([unitId, name], i) => ({
    unitId,
    name,
    elb2013: elb[i]!,
    integrations2013: integrations[i]!,
    lzb2013: lzb[i]!,
    change: change[i]!,
    integrationSoll: soll[i]!,
  }));
}

/** The Kreis's integrations 2014: those of 2013 raised by the agreed +0,5 %. */
function kreisIntegrationSoll(integrations2013: readonly number[]): number {
  return Math.round(integrations2013.reduce((s, x) => s + x, 0) * (1 + KREIS_CHANGE / 100));
}

function sollTarget(plan: JobcenterPlan, total: number): Target {
  const criterion: Criterion = {
    kind: 'absolut',
    metric: { source: 'grundgroesse', id: 'INT', sex: 'insgesamt', aggregation: 'jahressumme' },
    comparison: 'mindestens',
    value: plan.integrationSoll,
    tolerance: null,
    decimals: 0,
  };
  return {
    id: 'II.S',
    role: 'teilziel',
    title: 'Beitrag zur Integrationsquote des Kreises',
    lead: null,
    split: null,
    after: [],
    criterion,
    text: [
      {
        kind: 'absatz',
        text: `Der Kreis Borken strebt für 2014 insgesamt ${formatNumberDe(total)} Integrationen an und verteilt sie nach den Integrationen des Vorjahres und den örtlichen Zielwerten auf die örtlichen Jobcenter.`,
      },
    ],
    // Soll-Verlauf of the Jahressumme, evenly over the months.
    values: {
      offer: null,
      path: Array.from({ length: 12 }, (_, m) => Math.round((plan.integrationSoll * (m + 1)) / 12)),
    },
  };
}

export interface BorkenCascade2014 {
  traeger: AgreementContent;
  locals: (LocalAgreement & { plan: JobcenterPlan })[];
  kreisIntegrationSoll: number;
}

export function buildBorkenCascade2014(
  actual?: ReadonlyMap<string, Figures2013>,
): BorkenCascade2014 {
  const traeger = buildBorkenAgreement2014();
  const plans = planBorken2014(actual);
  const total = plans.reduce((s, p) => s + p.integrationSoll, 0);
  const ziel = (value: number): Criterion => ({
    kind: 'relative_aenderung',
    metric: { source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' },
    comparison: 'mindestens',
    change: value,
    unit: 'prozent',
    referenceYear: null,
    decimals: 1,
  });
  const locals = plans.map((plan, i) => {
    const kind = GEMEINDEN.has(plan.name) ? 'Gemeinde' : 'Stadt';
    const party = {
      unitId: plan.unitId,
      name: `${kind} ${plan.name}`,
      shortName: plan.name,
      capacity: `als nach § 5 Abs. 2 AG-SGB II NRW herangezogener ${kind}`,
      representative: { salutation: 'Herrn/Frau', office: 'Bürgermeister/in', name: 'N. N.' },
    };
    const content = deriveLocalAgreement(
      traeger,
      { party, place: plan.name },
      {
        legalBasis: '§ 5 Abs. 2 AG-SGB II NRW',
        criteria: { II: ziel(plan.change) },
        extraTargets: [{ goal: 'II', target: sollTarget(plan, total) }],
        signed: {
          traegerPlace: 'Borken',
          traegerDate: '2014-05-20',
          localDate: `2014-05-${String(21 + (i % 9)).padStart(2, '0')}`,
        },
      },
    );
    // Weights (cascade-check.ts): integrations for a change of a quota in %, the LZB stock for JDW_LZB.
    const weights = { II: plan.integrations2013, III: plan.lzb2013, 'III.G': plan.lzb2013 };
    return { unitId: plan.unitId, content, weights, plan };
  });
  return { traeger, locals, kreisIntegrationSoll: total };
}
