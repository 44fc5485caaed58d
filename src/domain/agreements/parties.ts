/**
 * The sides and parties of an agreement (§ 48b SGB II). An agreement has two sides; a side has
 * one or more parties, each a unit of any kind: the Land and a zkT (the seed), BMAS and the BA,
 * or for a gemeinsame Einrichtung "die Agentur für Arbeit und der kommunale Träger" on one side
 * and the Geschäftsführung of the Jobcenter on the other (§ 48b Abs. 1 S. 1 Nr. 2/3 SGB II).
 *
 * `parties` lists side 0 first, then side 1, so the first party of each side is where the old
 * two-party agreement had it: parties[0] steers, and the first party of side 1 is the unit whose
 * targets these are. A signature names its party by index; every party signs once.
 */
import type { AgreementContent, Party, Side } from './agreement.ts';

export const SIDES: readonly Side[] = [0, 1];

export const SIDE_LABELS: Record<Side, string> = { 0: 'steuernde Seite', 1: 'Zielseite' };

/** The parties of one side, in the agreement's order, with their index in `parties`. */
export function partiesOfSide(
  content: Pick<AgreementContent, 'parties'>,
  side: Side,
): { party: Party; index: number }[] {
  return content.parties.flatMap((party, index) => (party.side === side ? [{ party, index }] : []));
}

/** The first party of side 0: it steers (the unit row's `steeringUnitId`). */
/**
 * The sides whose parties changed from `before` to `after`: a unit joined or left the side, or
 * the order within it changed. Names, functions and signatories of a party are text, not a change
 * of who is party.
 */
export function sidesWithChangedParties(
  before: Pick<AgreementContent, 'parties'>,
  after: Pick<AgreementContent, 'parties'>,
): Side[] {
  const units = (c: Pick<AgreementContent, 'parties'>, side: Side) =>
    partiesOfSide(c, side)
      .map(({ party }) => party.unitId)
      .join('\n');
  return SIDES.filter((side) => units(before, side) !== units(after, side));
}

export function steeringParty(content: Pick<AgreementContent, 'parties'>): Party {
  return partiesOfSide(content, 0)[0]!.party;
}

/** The first party of side 1: the unit whose targets these are (the unit row's `unitId`). */
export function targetParty(content: Pick<AgreementContent, 'parties'>): Party {
  return partiesOfSide(content, 1)[0]!.party;
}

export const partyLabel = (party: Party): string => party.shortName ?? party.name;

/** "MAIS NRW – Kreis Borken"; "Agentur für Arbeit Musterstadt und Landkreis Musterkreis – Jobcenter Musterkreis" */
export function sidesLabel(content: Pick<AgreementContent, 'parties'>): string {
  return SIDES.map((side) =>
    joinDe(partiesOfSide(content, side).map(({ party }) => partyLabel(party))),
  ).join(' – ');
}

/** "A", "A und B", "A, B und C" */
export function joinDe(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} und ${names.at(-1)!}`;
}

/** The indices of the parties whose signature the content carries, in party order. */
export function signedPartyIndices(
  content: Pick<AgreementContent, 'parties' | 'signatures'>,
): number[] {
  return content.parties.flatMap((_, index) =>
    content.signatures.some((s) => s.party === index) ? [index] : [],
  );
}

/** A problem with the parties (path relative to the content). */
export interface PartyFinding {
  path: string;
  message: string;
}

/** Side 0 first, then side 1, each with at least one party, no unit twice. */
export function partyProblems(content: Pick<AgreementContent, 'parties'>): PartyFinding[] {
  const findings: PartyFinding[] = [];
  for (const side of SIDES)
    if (partiesOfSide(content, side).length === 0)
      findings.push({
        path: 'parties',
        message: `Auf der ${side === 0 ? 'steuernden Seite (side 0)' : 'Zielseite (side 1)'} fehlt ein Vertragspartner.`,
      });
  const firstTarget = content.parties.findIndex((p) => p.side === 1);
  content.parties.forEach((party, i) => {
    if (party.side === 0 && firstTarget >= 0 && i > firstTarget)
      findings.push({
        path: `parties.${i}.side`,
        message: `${party.name} steht auf der steuernden Seite: deren Vertragspartner kommen zuerst.`,
      });
    const twice = content.parties.findIndex((other) => other.unitId === party.unitId);
    if (twice < i)
      findings.push({
        path: `parties.${i}.unitId`,
        message:
          i === 1 && content.parties.length === 2
            ? 'Beide Vertragspartner sind dieselbe Einheit.'
            : `${party.name} ist schon Vertragspartner (Nr. ${twice + 1}).`,
      });
  });
  return findings;
}

/**
 * Content as stored before sides existed (a tuple of two parties without `side`) in today's
 * shape: the first party on side 0, the second on side 1; the signatures' indices 0 and 1 keep
 * their meaning. Content in today's shape comes back as it is.
 */
export function withPartySides<T extends { parties: unknown }>(content: T): T {
  const parties = content.parties;
  if (!Array.isArray(parties) || parties.every((p) => isObject(p) && 'side' in p)) return content;
  return {
    ...content,
    parties: parties.map((p: unknown, index) =>
      isObject(p) && !('side' in p) ? { side: index === 0 ? 0 : 1, ...p } : p,
    ),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
