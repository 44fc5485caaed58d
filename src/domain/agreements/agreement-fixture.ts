/**
 * Test support: a small agreement in the shape of the 2014 Borken seed (Land ↔ Träger), with one
 * target of each kind the cascade and the checks care about. Only tests import it.
 */
import type { AgreementContent, GoalBlock, Target } from './agreement.ts';
import type { Criterion, LocalIndicator } from './criteria.ts';
import type { SentenceContext } from './sentence.ts';

/** A local indicator entered by hand, named in sentences, labels and documents. */
export const FIXTURE_INDICATOR_U25: LocalIndicator = {
  id: 'u25',
  name: 'eLb unter 25 Jahren',
  definition: 'eLb jünger als 25',
  unit: 'Personen',
  source: { kind: 'manuell' },
};

/** The sentence context of the seed's Hauptziele (Ziel II, III). */
export const BORKEN_SENTENCE_CONTEXT: SentenceContext = {
  year: 2014,
  subject: 'des Jobcenters des Kreises Borken',
  role: 'hauptziel',
  lead: null,
};

export function fixtureTarget(
  id: string,
  criterion: Criterion | null,
  role: Target['role'] = 'teilziel',
): GoalBlock {
  return {
    kind: 'ziel',
    target: {
      id,
      role,
      title: null,
      text: [],
      criterion,
      lead: null,
      values: { offer: null, path: null },
      split: null,
      after: [],
    },
  };
}

export function buildFixtureAgreement(): AgreementContent {
  return {
    year: 2014,
    title:
      'Vereinbarung zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende im Jahr 2014',
    parties: [
      {
        side: 0,
        unitId: '05',
        name: 'Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen',
        shortName: 'MAIS NRW',
        capacity: null,
        representative: { salutation: 'Herrn', office: 'Staatssekretär', name: 'Dr. A' },
      },
      {
        side: 1,
        unitId: '05554',
        name: 'Kreis Borken',
        shortName: null,
        capacity: 'als zugelassenem kommunalen Träger',
        representative: { salutation: 'Herrn', office: 'Landrat', name: 'Dr. B' },
      },
    ],
    legalBasis: '§ 48b Abs. 1 S. 1 Nr. 4 SGB II',
    introduction: 'Gemäß § 48b SGB II schließen die Partner folgende',
    preamble: [
      {
        kind: 'absatz',
        text: 'Diese Zielvereinbarung dient der Erreichung der Ziele im Kreis Borken.',
      },
    ],
    references: [
      { title: 'Gemeinsame Grundlagen der Zielsteuerung SGB II', issuer: 'Bund-Länder-Ausschuss' },
    ],
    annexes: [],
    focusAreasTitle: 'Schwerpunkte',
    focusAreas: [
      {
        number: 1,
        title: 'Nachhaltige Integrationen',
        text: [{ kind: 'absatz', text: 'Text 1.' }],
      },
    ],
    targetSubject: 'des Jobcenters des Kreises Borken',
    goalsTitle: '1. Ziele für das Jobcenter des Kreises Borken 2014',
    goalsIntro: [{ kind: 'absatz', text: 'Die Vereinbarungspartner setzen sich ein.' }],
    goals: [
      {
        number: 'II',
        title: 'Verbesserung der Integration in Erwerbstätigkeit',
        blocks: [
          {
            kind: 'absatz',
            text: 'Die Integrationsquote des Jobcenters des Kreises Borken soll steigen.',
          },
          fixtureTarget(
            'II',
            {
              kind: 'relative_aenderung',
              metric: { source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' },
              comparison: 'mindestens',
              change: 0.5,
              unit: 'prozent',
              referenceYear: null,
              decimals: 1,
            },
            'hauptziel',
          ),
          fixtureTarget('II.1', {
            kind: 'meilenstein',
            condition: 'ein Projekt etabliert ist',
            due: '2014-12-31',
            evidence: null,
            state: 'offen',
            stateNote: null,
          }),
          fixtureTarget('II.S', {
            kind: 'absolut',
            metric: {
              source: 'grundgroesse',
              id: 'INT',
              sex: 'insgesamt',
              aggregation: 'jahressumme',
            },
            comparison: 'mindestens',
            value: 1000,
            tolerance: null,
            decimals: 0,
          }),
        ],
      },
      {
        number: 'III',
        title: 'Vermeidung von langfristigem Leistungsbezug',
        blocks: [
          fixtureTarget(
            'III',
            {
              kind: 'keine_erhoehung',
              metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
              decimals: 1,
            },
            'hauptziel',
          ),
          fixtureTarget('III.1', null),
          fixtureTarget(
            'III.G',
            {
              kind: 'zusammengesetzt',
              combine: 'alle',
              parts: ['III', 'III.1'],
              rule: null,
              ruleText: null,
            },
            'gesamtziel',
          ),
        ],
      },
    ],
    dialogueTitle: '2. Dialoge zur Zielsteuerung',
    dialogueClause: [{ kind: 'absatz', text: 'Zwei Dialoge pro Jahr.' }],
    dialoguesPerYear: 2,
    signatures: [
      {
        party: 0,
        place: 'Düsseldorf',
        date: '2014-04-29',
        capacityLine: 'In Vertretung',
        signatory: 'Dr. A',
      },
      { party: 1, place: 'Borken', date: '2014-04-10', capacityLine: null, signatory: 'Dr. B' },
    ],
  };
}
