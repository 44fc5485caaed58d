/**
 * A Träger that has its örtliche Jobcenter do the work (NRW: Heranziehung nach § 5 Abs. 2
 * AG-SGB II NRW) carries its targets on into agreements with them (zielsteuerung.md; the seed:
 * "in die Zielvereinbarungen zwischen den Städten und Gemeinden und des Kreises übernommen").
 * The local agreement keeps the Träger's structure and target ids; a target then applies to the
 * local party, since a metric names no unit: the agreement's second party is the unit measured.
 */
import type {
  AgreementContent,
  GoalBlock,
  Party,
  Target,
  TargetValues,
  TextBlock,
} from './agreement.ts';
import type { Criterion } from './criteria.ts';
import { joinDe, partyLabel, targetParty } from './parties.ts';

export interface LocalPartner {
  /** the örtliches Jobcenter as party (unitId from the unit tree), with its representative; its side is 1 */
  party: Omit<Party, 'side'>;
  /** where the local side signs */
  place: string;
}

export interface DeriveOptions {
  /** legal basis of the local agreement, e.g. "§ 5 Abs. 2 AG-SGB II NRW" */
  legalBasis: string;
  /** the introduction sentence; default built from the parties (deriveIntroduction) */
  introduction?: string;
  /**
   * Phrases naming the Träger's jobcenter, replaced in all running text: [from, to] in order.
   * Default for a Träger called "Kreis X": "Jobcenter(s) des Kreises X" → "Jobcenter(s) <local>".
   */
  replacements?: readonly (readonly [string, string])[];
  /** the local name used by the default replacements; default: the local party's short name or name */
  jobcenterName?: string;
  /** local criteria replacing the carried-over ones, by target id (e.g. a local threshold) */
  criteria?: Readonly<Record<string, Criterion>>;
  /** local offer and target path, by target id */
  values?: Readonly<Record<string, TargetValues>>;
  /** further local targets, appended to the goal with the given number */
  extraTargets?: readonly { goal: string; target: Target }[];
  /** when given, both sides have signed: the Träger at traegerPlace, the local side at its place */
  signed?: { traegerPlace: string; traegerDate: string; localDate: string };
}

/** "Jobcenters des Kreises Borken" → "Jobcenters Ahaus" (genitive first, then the other cases). */
export function defaultReplacements(
  traegerName: string,
  jobcenterName: string,
): [string, string][] {
  const kreis = /^Kreis (.+)$/.exec(traegerName);
  if (kreis === null) return [];
  return [
    [`Jobcenters des Kreises ${kreis[1]}`, `Jobcenters ${jobcenterName}`],
    [`Jobcenter des Kreises ${kreis[1]}`, `Jobcenter ${jobcenterName}`],
  ];
}

export function deriveIntroduction(
  year: number,
  legalBasis: string,
  traeger: Pick<Party, 'name'>,
  local: Pick<Party, 'name'>,
): string {
  return `Gemäß ${legalBasis} schließen die Vereinbarungspartner ${traeger.name} und ${local.name} zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende für das Jahr ${year} folgende`;
}

function adaptCriterion(criterion: Criterion, adapt: (text: string) => string): Criterion {
  switch (criterion.kind) {
    case 'meilenstein':
      // A new agreement: nothing is recorded yet.
      return {
        ...criterion,
        condition: adapt(criterion.condition),
        state: 'offen',
        stateNote: null,
      };
    case 'statistisch':
      return { ...criterion, condition: adapt(criterion.condition) };
    case 'zusammengesetzt':
      return {
        ...structuredClone(criterion),
        ruleText: criterion.ruleText === null ? null : adapt(criterion.ruleText),
      };
    default:
      return structuredClone(criterion);
  }
}

export function deriveLocalAgreement(
  parent: AgreementContent,
  local: LocalPartner,
  options: DeriveOptions,
): AgreementContent {
  // the Träger steers its örtliche Jobcenter: the target party of its own agreement, now side 0
  const traeger: Party = { ...structuredClone(targetParty(parent)), side: 0 };
  const localParty: Party = { ...structuredClone(local.party), side: 1 };
  const pairs =
    options.replacements ??
    defaultReplacements(
      traeger.name,
      options.jobcenterName ?? localParty.shortName ?? localParty.name,
    );
  const adapt = (text: string): string =>
    pairs.reduce((t, [from, to]) => t.split(from).join(to), text);
  const blocks = (list: readonly TextBlock[]): TextBlock[] =>
    list.map((b) =>
      b.kind === 'absatz'
        ? { kind: 'absatz', text: adapt(b.text) }
        : { kind: 'liste', items: b.items.map(adapt) },
    );
  const target = (t: Target): Target => {
    const own = options.criteria?.[t.id];
    return {
      ...structuredClone(t),
      title: t.title === null ? null : adapt(t.title),
      text: blocks(t.text),
      lead: t.lead === null ? null : adapt(t.lead),
      criterion:
        own !== undefined
          ? structuredClone(own)
          : t.criterion === null
            ? null
            : adaptCriterion(t.criterion, adapt),
      values: structuredClone(options.values?.[t.id] ?? t.values),
      after: blocks(t.after),
    };
  };
  const goals = parent.goals.map((goal) => {
    const carried: GoalBlock[] = goal.blocks.map((b) =>
      b.kind === 'ziel' ? { kind: 'ziel', target: target(b.target) } : blocks([b])[0]!,
    );
    const extra: GoalBlock[] = (options.extraTargets ?? [])
      .filter((e) => e.goal === goal.number)
      .map((e) => ({ kind: 'ziel', target: structuredClone(e.target) }));
    return { number: goal.number, title: adapt(goal.title), blocks: [...carried, ...extra] };
  });
  const unknownGoal = options.extraTargets?.find(
    (e) => !parent.goals.some((g) => g.number === e.goal),
  );
  if (unknownGoal !== undefined)
    throw new Error(`Ziel ${unknownGoal.goal} gibt es in der Vereinbarung des Trägers nicht.`);
  const signed = options.signed;
  return {
    year: parent.year,
    title: parent.title,
    parties: [traeger, localParty],
    legalBasis: options.legalBasis,
    introduction:
      options.introduction ??
      deriveIntroduction(parent.year, options.legalBasis, traeger, localParty),
    preamble: blocks(parent.preamble),
    references: [
      ...structuredClone(parent.references),
      {
        title: parent.title,
        issuer: joinDe(parent.parties.map(partyLabel)),
      },
    ],
    annexes: structuredClone(parent.annexes),
    focusAreasTitle: parent.focusAreasTitle,
    focusAreas: structuredClone(parent.focusAreas),
    targetSubject: adapt(parent.targetSubject),
    goalsTitle: adapt(parent.goalsTitle),
    goalsIntro: blocks(parent.goalsIntro),
    goals,
    dialogueTitle: parent.dialogueTitle,
    dialogueClause: blocks(parent.dialogueClause),
    dialoguesPerYear: parent.dialoguesPerYear,
    signatures:
      signed === undefined
        ? []
        : [
            {
              party: 0,
              place: signed.traegerPlace,
              date: signed.traegerDate,
              capacityLine: null,
              signatory: traeger.representative.name,
            },
            {
              party: 1,
              place: local.place,
              date: signed.localDate,
              capacityLine: null,
              signatory: localParty.representative.name,
            },
          ],
  };
}
