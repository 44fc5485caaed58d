/**
 * A target agreement (Zielvereinbarung, § 48b SGB II) as structured data: everything of
 * shared/seed/zielvereinbarung-2014-kreis-borken.txt, in the document's order, so that the
 * documents can be generated from it and turned back into the same text.
 */
import type { Criterion } from './criteria.ts';
import type { Sex } from '../kpi/catalog.ts';

export type AgreementStatus =
  'entwurf' | 'angebot' | 'in_verhandlung' | 'unterzeichnet' | 'bewertet';

/** A paragraph or a bullet list of running text. */
export type TextBlock = { kind: 'absatz'; text: string } | { kind: 'liste'; items: string[] };

export interface Representative {
  /** "Herrn", "Frau" */
  salutation: string;
  /** "Staatssekretär", "Landrat" */
  office: string;
  /** "Dr. Wilhelm Schäffer" */
  name: string;
}

/**
 * The two sides of an agreement: 0 the steering side (BMAS, the Land, the BA, a Träger towards
 * its örtliche Jobcenter; for a gE: the Agentur für Arbeit and the kommunale Träger), 1 the side
 * whose targets these are. Each side has one or more parties (parties.ts).
 */
export type Side = 0 | 1;

export interface Party {
  /** which side the party is on; the parties of side 0 come first in `parties` */
  side: Side;
  /** the unit of any kind (Land, Träger, Jobcenter, BMAS, BA, Agentur, kommunaler Träger …) */
  unitId: string;
  /** full name as written in the agreement */
  name: string;
  /** short name used in the text ("MAIS NRW") */
  shortName: string | null;
  /** role phrase after the name ("als zugelassenem kommunalen Träger") */
  capacity: string | null;
  representative: Representative;
}

export interface Signature {
  /** the party who signs: its index in `parties` (each party signs for itself, once) */
  party: number;
  place: string;
  /** ISO date YYYY-MM-DD */
  date: string;
  /** the line above the name ("In Vertretung"), if any */
  capacityLine: string | null;
  /** who signs (printed under the signature line) */
  signatory: string;
}

/** A reference to a higher-level or accompanying document. */
export interface DocumentReference {
  title: string;
  /** e.g. "Bund-Länder-Ausschuss", "BMAS und MAIS NRW" */
  issuer: string | null;
}

export interface FocusArea {
  number: number;
  title: string;
  text: TextBlock[];
}

/** The values a quantitative target keeps apart (issue: offer, agreed, path, actual, forecast). */
export interface TargetValues {
  /** the Träger's Zielwertangebot for the criterion's parameter (change or level), if any */
  offer: number | null;
  /** monthly target path (Soll-Verlauf) Jan … Dec for in-year monitoring, in the metric's unit */
  path: (number | null)[] | null;
  /**
   * The parties sign with the target value still open ("noch zu vereinbaren") on purpose;
   * without it an agreement with an open value cannot be signed.
   */
  leftOpen?: boolean;
}

/** Parts of a target by sex, checked against the total (sex-split.ts). */
export interface SexSplit {
  parts: { sex: Exclude<Sex, 'insgesamt'>; criterion: Criterion }[];
}

export type TargetRole =
  /** the goal's own criterion ("Das Ziel ist im Jahr 2014 erreicht, wenn …") */
  | 'hauptziel'
  /** a further goal the Träger sets itself under the same heading */
  | 'teilziel'
  /** the combined goal over the sub-goals ("Das Gesamtziel ist erreicht, wenn …") */
  | 'gesamtziel';

export interface Target {
  /** stable across versions and cascade ("II", "II.1", "III.G") */
  id: string;
  role: TargetRole;
  /** sub-heading, if the agreement gives one ("Erbringung der kommunalen Leistungen nach § 16a SGB II") */
  title: string | null;
  /** the text before the criterion */
  text: TextBlock[];
  /** null: a sub-goal without a criterion of its own (judged through a composite target) */
  criterion: Criterion | null;
  /**
   * The words before "wenn" where the agreement words them differently from the default of
   * the role ("Das Ziel gilt als erreicht,"); null = default.
   */
  lead: string | null;
  values: TargetValues;
  split: SexSplit | null;
  /** text after the criterion that still belongs to this target */
  after: TextBlock[];
}

/** Goal content in document order: running text and targets interleaved. */
export type GoalBlock = TextBlock | { kind: 'ziel'; target: Target };

export interface Goal {
  /** Roman numeral as in the agreement ("I" … "V") */
  number: string;
  title: string;
  blocks: GoalBlock[];
}

export interface AgreementContent {
  year: number;
  /** "Vereinbarung zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende im Jahr 2014" */
  title: string;
  /** side 0's parties, then side 1's; at least one on each side (parties.ts) */
  parties: Party[];
  /** "§ 48b Abs. 1 S. 1 Nr. 4 SGB II" */
  legalBasis: string;
  /** the sentence that introduces the agreement ("Gemäß § 48b … schließen … folgende") */
  introduction: string;
  preamble: TextBlock[];
  references: DocumentReference[];
  annexes: DocumentReference[];
  focusAreasTitle: string;
  focusAreas: FocusArea[];
  /**
   * The genitive naming whose targets these are, as the criteria sentences use it
   * ("die Integrationsquote des Jobcenters des Kreises Borken"); may be empty.
   */
  targetSubject: string;
  /** "1. Ziele für das Jobcenter des Kreises Borken 2014" and its opening sentence */
  goalsTitle: string;
  goalsIntro: TextBlock[];
  goals: Goal[];
  /** "2. Dialoge zur Zielsteuerung" */
  dialogueTitle: string;
  dialogueClause: TextBlock[];
  /** how many Zielsteuerungsdialoge a year the clause agrees (usually two) */
  dialoguesPerYear: number;
  signatures: Signature[];
}

/** Every target of an agreement in document order, sub-targets included. */
export function targetsOf(content: AgreementContent): Target[] {
  return content.goals.flatMap((goal) =>
    goal.blocks.flatMap((block) => (block.kind === 'ziel' ? [block.target] : [])),
  );
}
