/**
 * The real 2014 agreement MAIS NRW ↔ Kreis Borken (§ 48b Abs. 1 S. 1 Nr. 4 SGB II) as structured
 * content: shared/seed/zielvereinbarung-2014-kreis-borken.txt transcribed completely, in the
 * document's order (the test proves text and order against the seed). Unit ids are those of the
 * synthetic unit tree (Land NRW '05', Kreis Borken '05554').
 */
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import { KREIS_BORKEN } from '../units/kreis-borken.ts';
import { NRW_ID } from '../units/nrw.ts';
import { BORKEN_2014_GOALS } from './agreement-borken-2014-goals.ts';
import { absatz, liste } from './agreement-text.ts';

const MAIS = 'Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen';
const BLA = 'Bund-Länder-Ausschuss';

const CONTENT: AgreementContent = {
  year: 2014,
  title: 'Vereinbarung zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende im Jahr 2014',
  parties: [
    {
      side: 0,
      unitId: NRW_ID,
      name: MAIS,
      shortName: 'MAIS NRW',
      capacity: null,
      representative: {
        salutation: 'Herrn',
        office: 'Staatssekretär',
        name: 'Dr. Wilhelm Schäffer',
      },
    },
    {
      side: 1,
      unitId: KREIS_BORKEN.id,
      name: 'Kreis Borken',
      shortName: null,
      capacity: 'als zugelassenem kommunalen Träger',
      representative: { salutation: 'Herrn', office: 'Landrat', name: 'Dr. Kai Zwicker' },
    },
  ],
  legalBasis: '§ 48b Abs. 1 S. 1 Nr. 4 SGB II',
  introduction:
    'Gemäß § 48b Abs. 1 S. 1 Nr. 4 des Zweiten Buches Sozialgesetzbuch (SGB II) schließen das Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen (MAIS NRW) und der Kreis Borken als zugelassener kommunaler Träger zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende für das Jahr 2014 folgende',
  preamble: [
    absatz(
      'Diese Zielvereinbarung dient der Erreichung der im SGB II festgelegten Ziele im Kreis Borken. Eine für die Leistungsberechtigten nachvollziehbare Umsetzung der Prinzipien vom Fördern und Fordern soll die',
    ),
    liste(
      'Aufnahme und Beibehaltung einer Erwerbstätigkeit,',
      'Erhaltung, Verbesserung oder Wiederherstellung der Beschäftigungsfähigkeit,',
      'Unabhängigkeit von staatlichen Hilfeleistungen sowie',
      'soziale Teilhabe',
    ),
    absatz(
      'befördern. Möglichst viele Leistungsberechtigte sollen dauerhaft in eine existenzsichernde und nachhaltige Erwerbstätigkeit eingegliedert werden. Darüber hinaus sollen die Hilfebedürftigkeit gemindert, Langzeitarbeitslosigkeit vermieden und Integrationsfortschritte erreicht werden.',
    ),
    absatz(
      'Zur Erreichung der genannten Ziele arbeiten die Vereinbarungspartner auf der Grundlage der im Bund-Länder-Ausschuss beschlossenen Dokumente der „Gemeinsamen Grundlagen der Zielsteuerung SGB II“ und des „Gemeinsamen Planungsdokuments für die Zielsteuerung 2014 im SGB II“ sowie der zwischen dem Bundesministerium für Arbeit und Soziales und dem MAIS NRW abgeschlossenen „Vereinbarung nach § 18b über die Ziele und Schwerpunkte der Arbeitsmarkt- und Integrationspolitik in der Grundsicherung für Arbeitsuchende in Nordrhein-Westfalen im Jahr 2014“ eng zusammen. Das „Lokale Planungsdokument 2014 für den dezentralen Planungsprozess im SGB II des Jobcenters Kreis Borken“ ist als Anlage der Zielvereinbarung beigelegt.',
    ),
  ],
  // Titles in the nominative; the preamble cites the first two in the genitive.
  references: [
    { title: 'Gemeinsame Grundlagen der Zielsteuerung SGB II', issuer: BLA },
    { title: 'Gemeinsames Planungsdokument für die Zielsteuerung 2014 im SGB II', issuer: BLA },
    {
      title:
        'Vereinbarung nach § 18b über die Ziele und Schwerpunkte der Arbeitsmarkt- und Integrationspolitik in der Grundsicherung für Arbeitsuchende in Nordrhein-Westfalen im Jahr 2014',
      issuer: 'Bundesministerium für Arbeit und Soziales und MAIS NRW',
    },
  ],
  annexes: [
    {
      title:
        'Lokales Planungsdokument 2014 für den dezentralen Planungsprozess im SGB II des Jobcenters Kreis Borken',
      issuer: 'Kreis Borken',
    },
  ],
  focusAreasTitle:
    'Schwerpunkte der Arbeitsmarkt- und Integrationspolitik in der Grundsicherung für Arbeitsuchende in Nordrhein-Westfalen im Jahr 2014',
  focusAreas: [
    {
      number: 1,
      title: 'Nachhaltige und existenzsichernde Integrationen',
      text: [
        absatz(
          'Die Überwindung von Hilfebedürftigkeit setzt eine existenzsichernde Erwerbstätigkeit voraus. Die Anstrengungen der Beteiligten sind daher in besonderem Maße hierauf auszurichten. Dabei ist unter anderem auch die Stärkung beruflicher Kompetenzen bis hin zur abschlussbezogenen Qualifizierung von jungen Erwachsenen ohne Berufsabschluss in den Blick zu nehmen.',
        ),
      ],
    },
    {
      number: 2,
      title: 'Langzeitleistungsbezieher aktivieren und Integrationschancen verbessern',
      text: [
        absatz(
          'Zielsetzung ist insbesondere die Entwicklung und Verbesserung von Strategien zur Aktivierung und Integration von Langzeitbeziehern mit komplexen Zugangshemmnissen zum Arbeitsmarkt. Dabei sind insbesondere Langzeitbezieher mit besonderen sozialen Problemlagen zu berücksichtigen.',
        ),
      ],
    },
    {
      number: 3,
      title: 'Erbringung der kommunalen Eingliederungsleistungen nach § 16a SGB II verbessern',
      text: [
        absatz(
          'Mit diesem Schwerpunkt verbindet sich einerseits die Verbesserung der Organisation der kommunalen Eingliederungsleistungen. Andererseits soll die Verbindung dieser Leistungen mit denen des Bundes vor Ort weiter entwickelt werden, um die sozial- und arbeitsmarktpolitischen Ziele im SGB II stärker als bisher zu verknüpfen.',
        ),
      ],
    },
    {
      number: 4,
      title: 'Verbesserung der Zusammenarbeit der Akteure im Rahmen der Integration Jugendlicher',
      text: [
        absatz(
          'Zielsetzung ist die Weiterentwicklung der Zusammenarbeit aller an der Integration Jugendlicher in den Ausbildungs- und Arbeitsmarkt beteiligten Partner (SGB II, SGB III, SGB VIII).',
        ),
      ],
    },
  ],
  targetSubject: 'des Jobcenters des Kreises Borken',
  goalsTitle: '1. Ziele für das Jobcenter des Kreises Borken 2014',
  goalsIntro: [
    absatz(
      'Die Vereinbarungspartner setzen sich gemeinsam dafür ein, dass die nachfolgenden Ziele in 2014 erreicht werden.',
    ),
  ],
  goals: BORKEN_2014_GOALS,
  dialogueTitle: '2. Dialoge zur Zielsteuerung',
  dialogueClause: [
    absatz(
      'Die Vereinbarungspartner führen in der Regel zwei Zielsteuerungsdialoge pro Jahr. Unterjährige Abweichungen von den Rahmenbedingungen werden bei der Beurteilung der Zielerreichung berücksichtigt.',
    ),
  ],
  dialoguesPerYear: 2,
  signatures: [
    {
      party: 0,
      place: 'Düsseldorf',
      date: '2014-04-29',
      capacityLine: 'In Vertretung',
      signatory: 'Dr. Wilhelm Schäffer',
    },
    {
      party: 1,
      place: 'Borken',
      date: '2014-04-10',
      capacityLine: null,
      signatory: 'Dr. Kai Zwicker',
    },
  ],
};

/** A fresh copy of the agreement (callers may change it without touching the original). */
export function buildBorkenAgreement2014(): AgreementContent {
  return structuredClone(CONTENT);
}

/**
 * The seed's own sentences for the criteria that sentence.ts renders from typed data (monitoring,
 * relative change, no increase), by target id: documents that must reproduce the signed text
 * word for word use these instead of the rendered sentence.
 */
export const BORKEN_2014_CRITERION_WORDING: Readonly<Record<string, string>> = {
  I: 'Die Erreichung dieses Ziels wird durch ein Monitoring beobachtet.',
  II: 'Das Ziel ist im Jahr 2014 erreicht, wenn die Integrationsquote des Jobcenters des Kreises Borken um 0,5 % gegenüber dem Vorjahr gesteigert wird.',
  III: 'Das Ziel ist im Jahr 2014 erreicht, wenn der durchschnittliche Bestand an Langzeitleistungsbeziehern des Jobcenters des Kreises Borken gegenüber dem Vorjahr konstant bleibt und eine Erhöhung des durchschnittlichen Bestands vermieden werden kann.',
};
