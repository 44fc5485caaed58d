/**
 * Every decision about who may do what, in one pure function: `decide(principal, units, operation)`.
 * The services ask it before they act and the web application shows only what it allows
 * (`agreementPermissions`), so a rule is written once.
 *
 * The two-party workflow (§ 48b SGB II, zielsteuerung.md "The yearly cycle"): an agreement has a
 * steering party (the Land towards a Träger, the Träger towards its örtliche Jobcenter; party 0)
 * and a target party (party 1). A user acts for a party when the user's unit *is* that party and
 * the role is the party role of that unit (Land: ministerium, Träger: traeger, örtliches
 * Jobcenter: jobcenter); a Land looking at a Träger's local agreement sees it but is no party.
 *
 *   create            either party; the steering party must steer the target unit in the tree,
 *                     a parent agreement must be one of the steering party's own (where it is the
 *                     target party) of the same year
 *   edit the text     entwurf: either party; in_verhandlung: the steering party (the target party
 *                     answers with a new offer); never once a signature is entered
 *   anbieten          the target party (its Zielwertangebot)
 *   verhandeln        the steering party
 *   zurueckziehen     an offer: the target party; a negotiation: either party
 *   unterzeichnen     each party its own signature only; both → unterzeichnet
 *   new version       either party, from unterzeichnet; both sign the new text again
 *   milestone state   the target party proposes, the steering party confirms (unterzeichnet)
 *   framework change  either party documents it while the year runs (unterzeichnet)
 *   decide, bewerten  the steering party (unterzeichnet); after bewertet the year is locked
 *   wiedereroeffnen   the steering party, with a reason (bewertet → unterzeichnet)
 *
 * Records outside a user's units are "not found" (their existence is not revealed); a refusal of
 * something the user can see is "forbidden" and names the party by name. The administration
 * manages users and units and reads the audit trail; it signs, decides and sees no figures.
 * The operator (CLI, demo loader) holds the database itself and is refused nothing.
 */
import type { AgreementStatus } from '../agreements/agreement.ts';
import { actionStartsFrom, type AgreementAction } from '../agreements/lifecycle.ts';
import type { UnitNode } from '../units/unit-tree.ts';
import type { Role, ValueSource } from './roles.ts';
import { VALUE_SOURCE_LABELS } from './roles.ts';

export interface Principal {
  role: Role;
  unitId: string;
  importSources: readonly ValueSource[];
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
  | { kind: 'unit.read'; unitId: string }
  | { kind: 'figures.read'; unitId: string }
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

const ALLOWED: Decision = { allowed: true };
const refuse = (code: Refusal['code'], message: string): Decision => ({
  allowed: false,
  code,
  message,
});

/** The party role of each unit kind: who may act for a unit of that kind. */
const PARTY_ROLE: Partial<Record<UnitNode['kind'], Role>> = {
  land: 'ministerium',
  traeger: 'traeger',
  jobcenter: 'jobcenter',
};

const name = (units: UnitIndex, id: string) =>
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

const NO_FIGURES =
  'Die Administration verwaltet Benutzer und Einheiten; Zielvereinbarungen und Zahlen bleiben den Fachrollen vorbehalten.';

export function decide(p: Principal, units: UnitIndex, op: Operation): Decision {
  if (p.operator === true) return ALLOWED;
  switch (op.kind) {
    case 'unit.read':
      return seesUnit(p, units, op.unitId) ? ALLOWED : notFound('Einheit');
    case 'figures.read':
      if (p.role === 'administration') return refuse('forbidden', NO_FIGURES);
      return seesUnit(p, units, op.unitId) ? ALLOWED : notFound('Einheit');
    case 'figures.import':
      return decideImport(p, units, op);
    case 'agreement.create':
      return decideCreate(p, units, op);
    case 'cascade.derive': {
      const read = readAgreement(p, units, op.parent);
      if (!read.allowed) return read;
      if (!actsFor(p, units, op.parent.unitId))
        return refuse(
          'forbidden',
          `Die Vereinbarungen mit den örtlichen Jobcentern leitet ${name(units, op.parent.unitId)} aus der eigenen Zielvereinbarung ab.`,
        );
      return ALLOWED;
    }
    case 'indicator.read':
      if (p.role === 'administration') return refuse('forbidden', NO_FIGURES);
      return seesUnit(p, units, op.ownerUnitId) || isWithin(units, p.unitId, op.ownerUnitId)
        ? ALLOWED
        : notFound('Lokale Kennzahl');
    case 'indicator.save':
      return decideIndicator(p, units, op.ownerUnitId);
    case 'datenstand.history':
      if (p.role === 'administration') return ALLOWED;
      return op.unitIds.some((id) => seesUnit(p, units, id)) ? ALLOWED : notFound('Datenstand');
    case 'users.manage':
    case 'units.manage':
    case 'audit.readAll':
      return p.role === 'administration'
        ? ALLOWED
        : refuse(
            'forbidden',
            op.kind === 'audit.readAll'
              ? 'Das vollständige Protokoll sieht nur die Administration.'
              : `${op.kind === 'users.manage' ? 'Benutzer' : 'Einheiten'} verwaltet nur die Administration.`,
          );
    default:
      return decideOnAgreement(p, units, op);
  }
}

function notFound(what: string): Decision {
  return refuse('not_found', `${what} nicht gefunden`);
}

function readAgreement(p: Principal, units: UnitIndex, a: AgreementFacts): Decision {
  if (p.role === 'administration') return refuse('forbidden', NO_FIGURES);
  return seesUnit(p, units, a.unitId) ? ALLOWED : notFound('Zielvereinbarung');
}

type AgreementOperation = Extract<Operation, { agreement: AgreementFacts }>;

const STATUS_NAMES: Record<AgreementStatus, string> = {
  entwurf: 'Entwurf',
  angebot: 'Angebot',
  in_verhandlung: 'in Verhandlung',
  unterzeichnet: 'unterzeichnet',
  bewertet: 'bewertet',
};

function decideOnAgreement(p: Principal, units: UnitIndex, op: AgreementOperation): Decision {
  const a = op.agreement;
  const read = readAgreement(p, units, a);
  if (!read.allowed || op.kind === 'agreement.read') return read;
  const party = partyOf(p, units, a);
  const steering = name(units, a.steeringUnitId);
  const target = name(units, a.unitId);
  const byParty = (who: 0 | 1 | 'beide', what: string): Decision => {
    if (who === 'beide' ? party !== null : party === who) return ALLOWED;
    const owner = who === 'beide' ? `${steering} oder ${target}` : who === 0 ? steering : target;
    return refuse('forbidden', `${what} ist Sache von ${owner}.`);
  };
  const inStatus = (allowed: readonly AgreementStatus[], what: string): Decision | null =>
    allowed.includes(a.status)
      ? null
      : refuse(
          'invalid_state',
          a.status === 'bewertet'
            ? `Das Jahr ${a.year} ist bewertet und abgeschlossen: ${what} ist nicht mehr möglich (${steering} kann die Bewertung mit Begründung wieder öffnen).`
            : `${what} ist im Status „${STATUS_NAMES[a.status]}“ nicht möglich.`,
        );
  switch (op.kind) {
    case 'agreement.edit':
      return first(
        a.status === 'in_verhandlung'
          ? byParty(
              0,
              'Den Text in der Verhandlung festzuhalten (die Gegenseite antwortet mit einem neuen Angebot)',
            )
          : byParty('beide', 'Den Entwurf zu bearbeiten'),
        inStatus(['entwurf', 'in_verhandlung'], 'Den Text zu ändern'),
        a.signedBy.length === 0
          ? null
          : refuse(
              'invalid_state',
              `Die Fassung trägt bereits die Unterschrift von ${a.signedBy.map((s) => (s === 0 ? steering : target)).join(' und ')}; der Text ändert sich erst wieder, wenn die Verhandlung in den Entwurf zurückgeht.`,
            ),
      );
    case 'agreement.step':
      return first(
        stepRule(a.status, op.action, byParty),
        inStatus(actionStartsFrom(op.action), STEP_NAMES[op.action]),
      );
    case 'agreement.sign': {
      const signer = op.party === 0 ? steering : target;
      return first(
        party === op.party
          ? null
          : refuse(
              'forbidden',
              `Jede Seite unterzeichnet nur für sich: die Unterschrift für ${signer} leistet ${signer}.`,
            ),
        inStatus(['in_verhandlung'], 'Unterzeichnen'),
        a.signedBy.includes(op.party)
          ? refuse('invalid_state', `Die Unterschrift für ${signer} ist bereits eingetragen.`)
          : null,
      );
    }
    case 'agreement.revise':
      return first(
        byParty('beide', 'Eine neue Fassung zu beginnen'),
        inStatus(['unterzeichnet'], 'Eine neue Fassung zu beginnen'),
      );
    case 'milestone.propose':
      return first(
        byParty(1, 'Den Stand eines Meilensteins zu melden'),
        inStatus(['unterzeichnet'], 'Einen Meilensteinstand zu melden'),
      );
    case 'milestone.confirm':
      return first(
        byParty(0, 'Den Stand eines Meilensteins festzustellen'),
        inStatus(['unterzeichnet'], 'Einen Meilensteinstand festzustellen'),
      );
    case 'framework.record':
      return first(
        byParty('beide', 'Eine Änderung der Rahmenbedingungen zu dokumentieren'),
        inStatus(['unterzeichnet'], 'Eine Änderung der Rahmenbedingungen zu dokumentieren'),
      );
    case 'assessment.decide':
      return first(
        byParty(0, 'Die Entscheidung über die Zielerreichung'),
        inStatus(['unterzeichnet'], 'Über die Zielerreichung zu entscheiden'),
      );
  }
}

/** The first refusal, in order: who may act, then the state; allowed when there is none. */
function first(...checks: (Decision | null)[]): Decision {
  return checks.find((d) => d !== null && !d.allowed) ?? ALLOWED;
}

const STEP_NAMES: Record<StepAction, string> = {
  anbieten: 'Ein Angebot abzugeben',
  verhandeln: 'Die Verhandlung aufzunehmen',
  zurueckziehen: 'Die Rücknahme in den Entwurf',
  bewerten: 'Die Bewertung abzuschließen',
  wiedereroeffnen: 'Die Bewertung wieder zu öffnen',
};

function stepRule(
  status: AgreementStatus,
  action: StepAction,
  byParty: (who: 0 | 1 | 'beide', what: string) => Decision,
): Decision {
  switch (action) {
    case 'anbieten':
      return byParty(1, 'Das Zielwertangebot');
    case 'verhandeln':
      return byParty(0, 'Die Verhandlung aufzunehmen');
    case 'zurueckziehen':
      return status === 'angebot'
        ? byParty(1, 'Ein Angebot zurückzunehmen')
        : byParty('beide', 'Die Verhandlung in den Entwurf zurückzugeben');
    case 'bewerten':
      return byParty(0, 'Die Jahresbewertung abzuschließen');
    case 'wiedereroeffnen':
      return byParty(0, 'Die Bewertung wieder zu öffnen');
  }
}

function decideCreate(
  p: Principal,
  units: UnitIndex,
  op: Extract<Operation, { kind: 'agreement.create' }>,
): Decision {
  if (p.role === 'administration') return refuse('forbidden', NO_FIGURES);
  if (!seesUnit(p, units, op.unitId)) return notFound('Einheit');
  const target = units.byId.get(op.unitId);
  const steering = units.byId.get(op.steeringUnitId);
  if (target === undefined || steering === undefined) return notFound('Einheit');
  if (
    target.parentId !== steering.id ||
    PARTY_ROLE[target.kind] === undefined ||
    target.kind === 'land'
  )
    return refuse(
      'forbidden',
      `${steering.name} steuert ${target.name} nicht: Zielvereinbarungen schließt das Land mit seinen Trägern und ein Träger mit seinen örtlichen Jobcentern.`,
    );
  if (!actsFor(p, units, steering.id) && !actsFor(p, units, target.id))
    return refuse(
      'forbidden',
      `Eine Zielvereinbarung zwischen ${steering.name} und ${target.name} legen nur diese beiden an.`,
    );
  if (op.parent !== null) {
    const read = readAgreement(p, units, op.parent);
    if (!read.allowed) return read;
    if (op.parent.unitId !== steering.id || op.parent.year !== op.year)
      return refuse(
        'forbidden',
        `Übergeordnet sein kann nur eine eigene Zielvereinbarung von ${steering.name} für ${op.year}.`,
      );
  }
  return ALLOWED;
}

function decideIndicator(p: Principal, units: UnitIndex, owner: string | null): Decision {
  const own = units.byId.get(p.unitId);
  if (own === undefined || PARTY_ROLE[own.kind] !== p.role)
    return refuse(
      'forbidden',
      'Lokale Kennzahlen legen das Land, ein Träger oder ein örtliches Jobcenter für sich fest.',
    );
  if (owner !== null && owner !== p.unitId)
    return refuse(
      'forbidden',
      `Die lokale Kennzahl gehört ${name(units, owner)}; nur ${name(units, owner)} ändert sie.`,
    );
  return ALLOWED;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function decideImport(
  p: Principal,
  units: UnitIndex,
  op: Extract<Operation, { kind: 'figures.import' }>,
): Decision {
  if (p.role === 'administration') return refuse('forbidden', NO_FIGURES);
  if (p.role === 'leser')
    return refuse('forbidden', 'Mit Lesezugriff werden keine Zahlen geladen.');
  const source = VALUE_SOURCE_LABELS[op.source];
  if (!p.importSources.includes(op.source))
    return refuse(
      'forbidden',
      `Einen Datenstand der Quelle „${source}“ zu laden, ist Ihnen nicht erlaubt.`,
    );
  if (!ISO.test(op.stand) || op.stand > op.today)
    return refuse(
      'forbidden',
      `Der Datenstand ${op.stand} liegt in der Zukunft (heute ist ${op.today}); Zahlen tragen den Tag, an dem sie feststanden.`,
    );
  if (op.latestMonth !== null && op.stand < `${nextMonth(op.latestMonth)}-01`)
    return refuse(
      'forbidden',
      `Ein Datenstand vom ${op.stand} kann keine Zahlen für ${op.latestMonth} enthalten: der Monat war noch nicht abgelaufen.`,
    );
  for (const unitId of op.unitIds)
    if (!seesUnit(p, units, unitId)) return notFound(`Einheit ${unitId}`);
  if (op.source === 'manuell') {
    if (op.hasStatutoryFigures)
      return refuse(
        'forbidden',
        'Von Hand erfasst werden nur Werte lokaler Kennzahlen; Kennzahlen nach § 48a SGB II und Grundgrößen kommen aus Mikrodaten oder der BA-Veröffentlichung.',
      );
    const foreign = op.indicatorOwners.find((o) => o !== p.unitId);
    if (foreign !== undefined)
      return refuse(
        'forbidden',
        `Werte einer lokalen Kennzahl erfasst die Einheit, der sie gehört (${name(units, foreign)}).`,
      );
    return ALLOWED;
  }
  if (op.unitIds.includes(p.unitId))
    return refuse(
      'forbidden',
      `${name(units, p.unitId)} kann das eigene Monitoring nicht mit Zahlen der Quelle „${source}“ speisen: die Zahlen der eigenen Einheit lädt die steuernde Seite.`,
    );
  return ALLOWED;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** What the principal may do with an agreement now: the web application offers exactly these. */
export interface AgreementPermissions {
  party: 0 | 1 | null;
  edit: boolean;
  steps: StepAction[];
  signFor: (0 | 1)[];
  revise: boolean;
  proposeMilestone: boolean;
  confirmMilestone: boolean;
  recordFrameworkChange: boolean;
  decide: boolean;
  deriveCascade: boolean;
}

const STEPS: readonly StepAction[] = [
  'anbieten',
  'verhandeln',
  'zurueckziehen',
  'bewerten',
  'wiedereroeffnen',
];

export function agreementPermissions(
  p: Principal,
  units: UnitIndex,
  a: AgreementFacts,
): AgreementPermissions {
  const ok = (op: Operation) => decide(p, units, op).allowed;
  return {
    party: partyOf(p, units, a),
    edit: ok({ kind: 'agreement.edit', agreement: a }),
    steps: STEPS.filter((action) => ok({ kind: 'agreement.step', agreement: a, action })),
    signFor: ([0, 1] as const).filter((party) =>
      ok({ kind: 'agreement.sign', agreement: a, party }),
    ),
    revise: ok({ kind: 'agreement.revise', agreement: a }),
    proposeMilestone: ok({ kind: 'milestone.propose', agreement: a }),
    confirmMilestone: ok({ kind: 'milestone.confirm', agreement: a }),
    recordFrameworkChange: ok({ kind: 'framework.record', agreement: a }),
    decide: ok({ kind: 'assessment.decide', agreement: a }),
    deriveCascade: ok({ kind: 'cascade.derive', parent: a }),
  };
}
