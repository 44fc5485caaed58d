/** The agreement operations of the rights decision (the rules: rights.ts, docs/rights.md). Pure. */
import type { AgreementStatus } from '../agreements/agreement.ts';
import { actionStartsFrom, STATUS_LABELS } from '../agreements/lifecycle.ts';
import { joinDe } from '../agreements/parties.ts';
import { TREE_KINDS, type UnitKind } from '../units/unit-tree.ts';
import {
  actsFor,
  ALLOWED,
  first,
  unitName,
  NO_FIGURES,
  notFound,
  PARTY_ROLE,
  partyOf,
  refuse,
  seesUnit,
  sideName,
  sideOf,
  type AgreementFacts,
  type Decision,
  type Operation,
  type Principal,
  type StepAction,
  type UnitIndex,
} from './rights-model.ts';

/**
 * Who sees an agreement: whoever sees the unit whose targets these are, and every party (an
 * Agentur für Arbeit or BMAS stands outside the Träger tree and sees its agreements as party).
 */
export function readAgreement(p: Principal, units: UnitIndex, a: AgreementFacts): Decision {
  if (p.role === 'administration') return refuse('forbidden', NO_FIGURES);
  return seesUnit(p, units, a.unitId) || partyOf(p, units, a) !== null
    ? ALLOWED
    : notFound('Zielvereinbarung');
}

type AgreementOperation = Extract<Operation, { agreement: AgreementFacts }>;

export function decideOnAgreement(
  p: Principal,
  units: UnitIndex,
  op: AgreementOperation,
): Decision {
  const a = op.agreement;
  const read = readAgreement(p, units, a);
  if (!read.allowed || op.kind === 'agreement.read') return read;
  const party = partyOf(p, units, a);
  const side = sideOf(p, units, a);
  const steering = sideName(units, a, 0);
  const target = sideName(units, a, 1);
  const partyName = (index: number) => unitName(units, a.parties[index]?.unitId ?? '');
  // a step of a side: any party of that side may take it
  const byParty = (who: 0 | 1 | 'beide', what: string): Decision => {
    if (who === 'beide' ? side !== null : side === who) return ALLOWED;
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
            : `${what} ist im Status „${STATUS_LABELS[a.status]}“ nicht möglich.`,
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
              `Die Fassung trägt bereits die Unterschrift von ${a.signedBy.map(partyName).join(' und ')}; der Text ändert sich erst wieder, wenn die Verhandlung in den Entwurf zurückgeht.`,
            ),
      );
    case 'agreement.parties':
      // who stands on a side is that side's matter: a party added there reads the draft, edits it
      // and must sign it, so the other side cannot bring a unit in (or take one out) for it
      return byParty(
        op.side,
        `Die Vertragspartner der ${op.side === 0 ? 'steuernden Seite' : 'Zielseite'} zu ändern`,
      );
    case 'agreement.step':
      return first(
        stepRule(a.status, op.action, byParty),
        inStatus(actionStartsFrom(op.action), STEP_NAMES[op.action]),
      );
    case 'agreement.sign': {
      // each party signs only for itself, also beside another party of the same side
      if (a.parties[op.party] === undefined)
        return refuse(
          'invalid_state',
          `Die Vereinbarung hat keinen Vertragspartner Nr. ${op.party + 1}.`,
        );
      const signer = partyName(op.party);
      return first(
        party === op.party
          ? null
          : refuse(
              'forbidden',
              `Jeder Vertragspartner unterzeichnet nur für sich: die Unterschrift für ${signer} leistet ${signer}.`,
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

/**
 * Creating an agreement: a party creates it (any of them), and whoever creates it sees the unit
 * whose targets these are or is one of its parties. Where both the steering unit and the target
 * unit lie in the Träger tree, the tree says who steers whom (the Land its Träger, a Träger its
 * örtliche Jobcenter); organisations outside the tree (BMAS, BA, Agentur für Arbeit, kommunaler
 * Träger of a gE) agree with any unit, since the tree does not record their relations.
 */
export function decideCreate(
  p: Principal,
  units: UnitIndex,
  op: Extract<Operation, { kind: 'agreement.create' }>,
): Decision {
  if (p.role === 'administration') return refuse('forbidden', NO_FIGURES);
  const acting = op.parties.some((party) => actsFor(p, units, party.unitId));
  const target = units.byId.get(op.unitId);
  const steering = units.byId.get(op.steeringUnitId);
  const inTree = (kind: UnitKind) => TREE_KINDS.includes(kind);
  // a unit of the Träger tree is named only by who sees it (its existence is not revealed)
  if (
    target === undefined ||
    (inTree(target.kind) ? !seesUnit(p, units, target.id) : !acting) ||
    steering === undefined ||
    op.parties.some((party) => !units.byId.has(party.unitId))
  )
    return notFound('Einheit');
  if (
    inTree(steering.kind) &&
    inTree(target.kind) &&
    (target.parentId !== steering.id ||
      PARTY_ROLE[target.kind] === undefined ||
      target.kind === 'land')
  )
    return refuse(
      'forbidden',
      `${steering.name} steuert ${target.name} nicht: Zielvereinbarungen schließt das Land mit seinen Trägern und ein Träger mit seinen örtlichen Jobcentern.`,
    );
  if (!acting)
    return refuse(
      'forbidden',
      `Eine Zielvereinbarung zwischen ${joinDe(op.parties.filter((x) => x.side === 0).map((x) => unitName(units, x.unitId)))} und ${joinDe(op.parties.filter((x) => x.side === 1).map((x) => unitName(units, x.unitId)))} legen nur ${op.parties.length === 2 ? 'diese beiden' : 'diese'} an.`,
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
