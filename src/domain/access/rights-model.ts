/**
 * The vocabulary of the rights decision (rights.ts): who acts (Principal), on what (Operation),
 * with which outcome (Decision), and the unit-tree facts every rule uses: who sees which unit's
 * data and who acts for which party.
 */
import type { AgreementStatus } from '../agreements/agreement.ts';
import type { AgreementAction } from '../agreements/lifecycle.ts';
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

export interface AgreementFacts {
  unitId: string;
  steeringUnitId: string;
  year: number;
  status: AgreementStatus;
  /** parties whose signature the current version carries */
  signedBy: readonly (0 | 1)[];
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
      year: number;
      parent: AgreementFacts | null;
    }
  | { kind: 'agreement.edit'; agreement: AgreementFacts }
  | { kind: 'agreement.step'; agreement: AgreementFacts; action: StepAction }
  | { kind: 'agreement.sign'; agreement: AgreementFacts; party: 0 | 1 }
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

/** The party role of each unit kind: who may act for a unit of that kind. */
export const PARTY_ROLE: Partial<Record<UnitNode['kind'], Role>> = {
  land: 'ministerium',
  traeger: 'traeger',
  jobcenter: 'jobcenter',
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

/** The party (0 steering, 1 target) the principal acts for in an agreement, or null. */
export function partyOf(p: Principal, units: UnitIndex, a: AgreementFacts): 0 | 1 | null {
  if (actsFor(p, units, a.steeringUnitId)) return 0;
  if (actsFor(p, units, a.unitId)) return 1;
  return null;
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
