/**
 * The vocabulary of the rights decision (rights.ts): who acts (Principal), on what (Operation),
 * with which outcome (Decision), and the unit-tree facts every rule uses: who sees which unit's
 * data and who acts for which party.
 */
import type { AgreementStatus, Side } from '../agreements/agreement.ts';
import type { AgreementAction } from '../agreements/lifecycle.ts';
import { joinDe } from '../agreements/parties.ts';
import type { UnitNode } from '../units/unit-tree.ts';
import type { Role, ValueSource } from './roles.ts';

export interface Principal {
  role: Role;
  unitId: string;
  importSources: readonly ValueSource[];
  /** the grant to see counts of 1 and 2 (Sozialdaten) of the own area */
  microdataRights?: boolean;
  operator?: true;
}

/** The unit tree as of today (names for messages, parents for "who steers whom"). */
export interface UnitIndex {
  byId: ReadonlyMap<string, UnitNode>;
}

/** A party of an agreement as the rights decision sees it: its unit and side. */
export interface PartyFacts {
  unitId: string;
  side: Side;
}

export interface AgreementFacts {
  /** the unit whose targets these are (the first party of side 1) */
  unitId: string;
  /** the first party of side 0 */
  steeringUnitId: string;
  year: number;
  status: AgreementStatus;
  /** every party in the agreement's order (a signature's `party` is an index into this) */
  parties: readonly PartyFacts[];
  /** indices of the parties whose signature the current version carries */
  signedBy: readonly number[];
}

/** A lifecycle step other than signing (signing is per party: 'agreement.sign'). */
export type StepAction = Exclude<AgreementAction, 'unterzeichnen'>;

export type Operation =
  | { kind: 'figures.read'; unitId: string }
  /** see the unit's figures exactly, small counts included (else: disclosure control) */
  | { kind: 'figures.exact'; unitId: string }
  | {
      kind: 'figures.import';
      source: ValueSource;
      /** every unit the Datenstand has rows of */
      unitIds: readonly string[];
      /** owners of the local indicators it has values of */
      indicatorOwners: readonly string[];
      /** true when it has values of § 48a Kennzahlen or base quantities too */
      hasStatutoryFigures: boolean;
      stand: string;
      /** the latest month the rows describe, YYYY-MM (null: no rows) */
      latestMonth: string | null;
      /** today, YYYY-MM-DD */
      today: string;
    }
  | { kind: 'agreement.read'; agreement: AgreementFacts }
  | {
      kind: 'agreement.create';
      unitId: string;
      steeringUnitId: string;
      /** every party of the new agreement (side 0 first) */
      parties: readonly PartyFacts[];
      year: number;
      parent: AgreementFacts | null;
    }
  | { kind: 'agreement.edit'; agreement: AgreementFacts }
  /** a change of the parties of one side (who joins, leaves or moves): on top of agreement.edit */
  | { kind: 'agreement.parties'; agreement: AgreementFacts; side: Side }
  | { kind: 'agreement.step'; agreement: AgreementFacts; action: StepAction }
  /** `party`: the index of the party whose signature is entered */
  | { kind: 'agreement.sign'; agreement: AgreementFacts; party: number }
  | { kind: 'agreement.revise'; agreement: AgreementFacts }
  | { kind: 'milestone.propose'; agreement: AgreementFacts }
  | { kind: 'milestone.confirm'; agreement: AgreementFacts }
  | { kind: 'framework.record'; agreement: AgreementFacts }
  | { kind: 'assessment.decide'; agreement: AgreementFacts }
  | { kind: 'cascade.derive'; parent: AgreementFacts }
  /** a local indicator: seen by its owner's area and by the units below the owner (they agree on it) */
  | { kind: 'indicator.read'; ownerUnitId: string }
  | { kind: 'indicator.save'; ownerUnitId: string | null }
  /** the audit history of a Datenstand (who loaded which figures), with the units it has values of */
  | { kind: 'datenstand.history'; unitIds: readonly string[] }
  | { kind: 'users.manage' }
  | { kind: 'units.manage' }
  | { kind: 'audit.readAll' };

export type Refusal = { code: 'not_found' | 'forbidden' | 'invalid_state'; message: string };
export type Decision = { allowed: true } | ({ allowed: false } & Refusal);

export const ALLOWED: Decision = { allowed: true };
export const refuse = (code: Refusal['code'], message: string): Decision => ({
  allowed: false,
  code,
  message,
});

/**
 * The party role of each unit kind: who may act for a unit of that kind. The organisations
 * outside the Träger tree act through the existing roles: BMAS is a ministry like a Land's; the
 * BA (with its Regionaldirektionen and Agenturen für Arbeit) and the kommunale Träger of a gE are
 * Träger of the benefits in the sense of § 6 Abs. 1 SGB II, so their staff act as 'traeger'.
 */
export const PARTY_ROLE: Partial<Record<UnitNode['kind'], Role>> = {
  land: 'ministerium',
  traeger: 'traeger',
  jobcenter: 'jobcenter',
  bmas: 'ministerium',
  ba: 'traeger',
  regionaldirektion: 'traeger',
  agentur: 'traeger',
  kommune: 'traeger',
};

export const unitName = (units: UnitIndex, id: string) =>
  units.byId.get(id)?.name ?? 'eine unbekannte Einheit';

/** True when `unitId` is `rootId` or lies below it. */
export function isWithin(units: UnitIndex, unitId: string, rootId: string): boolean {
  for (let node = units.byId.get(unitId); node !== undefined;) {
    if (node.id === rootId) return true;
    node = node.parentId === null ? undefined : units.byId.get(node.parentId);
  }
  return false;
}

/**
 * Whose figures and agreements a principal sees: its own unit's and everything below; the
 * operator every unit's, the administration none (it manages the units, not their data).
 */
export function seesUnit(p: Principal, units: UnitIndex, unitId: string): boolean {
  if (p.operator === true) return units.byId.has(unitId);
  if (p.role === 'administration') return false;
  return isWithin(units, unitId, p.unitId);
}

/** The ids of every unit whose data the principal sees (seesUnit). */
export function visibleUnitIds(p: Principal, units: UnitIndex): Set<string> {
  return new Set([...units.byId.keys()].filter((id) => seesUnit(p, units, id)));
}

/** True when the principal acts for `unitId` as a party: its own unit, in that unit's party role. */
export function actsFor(p: Principal, units: UnitIndex, unitId: string): boolean {
  const unit = units.byId.get(unitId);
  return unit !== undefined && p.unitId === unitId && PARTY_ROLE[unit.kind] === p.role;
}

/**
 * The party (its index) the principal acts for in an agreement, or null. A unit is party at most
 * once (parties.ts), so a principal acts for one party at most.
 */
export function partyOf(p: Principal, units: UnitIndex, a: AgreementFacts): number | null {
  const index = a.parties.findIndex((party) => actsFor(p, units, party.unitId));
  return index < 0 ? null : index;
}

/** The side the principal acts for (0 steering, 1 target), or null. */
export function sideOf(p: Principal, units: UnitIndex, a: AgreementFacts): Side | null {
  const index = partyOf(p, units, a);
  return index === null ? null : a.parties[index]!.side;
}

/** "MAIS NRW", "Agentur für Arbeit Musterstadt und Landkreis Musterkreis": a side by its units' names. */
export function sideName(units: UnitIndex, a: AgreementFacts, side: Side): string {
  return joinDe(
    a.parties.filter((party) => party.side === side).map((party) => unitName(units, party.unitId)),
  );
}

export const NO_FIGURES =
  'Die Administration verwaltet Benutzer und Einheiten; Zielvereinbarungen und Zahlen bleiben den Fachrollen vorbehalten.';

export const SMALL_COUNTS_PROTECTED =
  'Ohne Berechtigung für Sozialdaten werden Zahlen örtlicher Jobcenter vor der Rückrechnung kleiner Fallzahlen geschützt.';

export function notFound(what: string): Decision {
  return refuse('not_found', `${what} nicht gefunden`);
}

export function first(...checks: (Decision | null)[]): Decision {
  return checks.find((d) => d !== null && !d.allowed) ?? ALLOWED;
}
