/**
 * Every decision about who may do what, in one pure function: `decide(principal, units, operation)`.
 * The services ask it before they act and the web application shows only what it allows
 * (`agreementPermissions`), so a rule is written once.
 *
 * The workflow of the two sides (§ 48b SGB II, zielsteuerung.md "The yearly cycle"): an agreement
 * has a steering side (the Land towards a Träger, the Träger towards its örtliche Jobcenter, for a
 * gE the Agentur für Arbeit and the kommunale Träger; side 0) and a target side (side 1), each of
 * one or more parties. A user acts for a party when the user's unit *is* that party and the role
 * is the party role of that unit (Land: ministerium, Träger: traeger, örtliches Jobcenter:
 * jobcenter, organisations: rights-model.ts PARTY_ROLE); a Land looking at a Träger's local
 * agreement sees it but is no party. A step of a side may be taken by any party of that side;
 * a signature only by its own party, never by another party, not even one of the same side.
 *
 *   create            either party; the steering party must steer the target unit in the tree,
 *                     a parent agreement must be one of the steering party's own (where it is the
 *                     target party) of the same year
 *   edit the text     entwurf: either party; in_verhandlung: the steering party (the target party
 *                     answers with a new offer); never once a signature is entered
 *   anbieten          the target party (its Zielwertangebot)
 *   verhandeln        the steering party
 *   zurueckziehen     an offer: the target party; a negotiation: either party
 *   unterzeichnen     each party its own signature only; all of them → unterzeichnet
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
import type { Side } from '../agreements/agreement.ts';
import { SIDES } from '../agreements/parties.ts';
import { decideCreate, decideOnAgreement, readAgreement } from './agreement-rights.ts';
import { decideImport, decideIndicator } from './figure-rights.ts';
import {
  actsFor,
  ALLOWED,
  isWithin,
  NO_FIGURES,
  unitName,
  notFound,
  partyOf,
  refuse,
  seesUnit,
  sideOf,
  SMALL_COUNTS_PROTECTED,
  type AgreementFacts,
  type Decision,
  type Operation,
  type Principal,
  type StepAction,
  type UnitIndex,
} from './rights-model.ts';

export { actsFor, isWithin, partyOf, seesUnit, sideOf, visibleUnitIds } from './rights-model.ts';
export type {
  AgreementFacts,
  PartyFacts,
  Decision,
  Operation,
  Principal,
  Refusal,
  StepAction,
  UnitIndex,
} from './rights-model.ts';

export function decide(p: Principal, units: UnitIndex, op: Operation): Decision {
  if (p.operator === true) return ALLOWED;
  switch (op.kind) {
    case 'figures.read':
      if (p.role === 'administration') return refuse('forbidden', NO_FIGURES);
      return seesUnit(p, units, op.unitId) ? ALLOWED : notFound('Einheit');
    case 'figures.exact':
      return p.microdataRights === true && seesUnit(p, units, op.unitId)
        ? ALLOWED
        : refuse('forbidden', SMALL_COUNTS_PROTECTED);
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
          `Die Vereinbarungen mit den örtlichen Jobcentern leitet ${unitName(units, op.parent.unitId)} aus der eigenen Zielvereinbarung ab.`,
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

export interface AgreementPermissions {
  /** the party the user acts for: its index in the content's parties, or null */
  party: number | null;
  /** that party's side (0 steering, 1 target), or null */
  side: 0 | 1 | null;
  edit: boolean;
  steps: StepAction[];
  /** the parties (indices) the user may sign for now: its own party at most */
  signFor: number[];
  revise: boolean;
  proposeMilestone: boolean;
  confirmMilestone: boolean;
  recordFrameworkChange: boolean;
  decide: boolean;
  deriveCascade: boolean;
  /** may define local indicators (for the user's own unit; changing one: its owner only) */
  createIndicator: boolean;
  /** the sides whose parties the user may change (add, remove, reorder): its own side, while it edits */
  changeParties: Side[];
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
    side: sideOf(p, units, a),
    edit: ok({ kind: 'agreement.edit', agreement: a }),
    steps: STEPS.filter((action) => ok({ kind: 'agreement.step', agreement: a, action })),
    signFor: a.parties
      .map((_, party) => party)
      .filter((party) => ok({ kind: 'agreement.sign', agreement: a, party })),
    revise: ok({ kind: 'agreement.revise', agreement: a }),
    proposeMilestone: ok({ kind: 'milestone.propose', agreement: a }),
    confirmMilestone: ok({ kind: 'milestone.confirm', agreement: a }),
    recordFrameworkChange: ok({ kind: 'framework.record', agreement: a }),
    decide: ok({ kind: 'assessment.decide', agreement: a }),
    deriveCascade: ok({ kind: 'cascade.derive', parent: a }),
    createIndicator: ok({ kind: 'indicator.save', ownerUnitId: null }),
    changeParties: ok({ kind: 'agreement.edit', agreement: a })
      ? SIDES.filter((side) => ok({ kind: 'agreement.parties', agreement: a, side }))
      : [],
  };
}
