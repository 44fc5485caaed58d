/**
 * The life of one version of an agreement (zielsteuerung.md "The yearly cycle"). Actions:
 *
 *   anbieten       entwurf, in_verhandlung → angebot         (the Träger's Zielwertangebot)
 *   verhandeln     entwurf, angebot        → in_verhandlung
 *   zurueckziehen  angebot, in_verhandlung → entwurf
 *   unterzeichnen  in_verhandlung          → in_verhandlung   (one party's signature entered)
 *                                          → unterzeichnet    (every party's signature, with place and date)
 *   bewerten       unterzeichnet           → bewertet         (year-end assessment done)
 *   wiedereroeffnen bewertet               → unterzeichnet    (the assessment reopened, with a reason)
 *
 * Decisions:
 * - A negotiation may go back: a revised offer (in_verhandlung → angebot) or a fresh draft
 *   (angebot or in_verhandlung → entwurf). A draft may go straight into negotiation without a
 *   Zielwertangebot (local agreements of a Träger with its örtliche Jobcenter, revisions).
 * - Each party signs for itself (who may: src/domain/access/rights.ts); the version is signed
 *   once every party of both sides has signed, each with place and date (§ 48b: the agreement
 *   is concluded by all of them; a gE's side 0 is the Agentur für Arbeit and the kommunale
 *   Träger); only from in_verhandlung, so both sides have seen the final text.
 * - Once assessed the year is closed; reopening is a step of its own that needs a reason.
 * - Text is editable in entwurf and in_verhandlung only. An offer stays as sent (take it back to
 *   change it); a signed or assessed version never changes.
 * - A change after signing is a new version that starts in 'entwurf' without signatures and goes
 *   the whole way again (both parties sign the new text); the signed version stays as it was.
 *   Only a signed version can be revised: once assessed, the year is closed.
 * - Milestone states are progress records, not agreement text: they may be set on a signed
 *   version (onlyProgressChanged).
 */
import { progressCriterionOf } from './criteria.ts';
import { openValueProblems } from './open-values.ts';
import { reviewMarkProblems, type ReviewMark } from './year-review.ts';
import type { AgreementContent, AgreementStatus } from './agreement.ts';
import { targetsOf } from './agreement.ts';
import { deepEqual } from './deep-equal.ts';
import { signedPartyIndices } from './parties.ts';

export type AgreementAction =
  'anbieten' | 'verhandeln' | 'zurueckziehen' | 'unterzeichnen' | 'bewerten' | 'wiedereroeffnen';

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = [
  'entwurf',
  'angebot',
  'in_verhandlung',
  'unterzeichnet',
  'bewertet',
];

export const STATUS_LABELS: Record<AgreementStatus, string> = {
  entwurf: 'Entwurf',
  angebot: 'Angebot',
  in_verhandlung: 'in Verhandlung',
  unterzeichnet: 'unterzeichnet',
  bewertet: 'bewertet',
};

export const ACTION_LABELS: Record<AgreementAction, string> = {
  anbieten: 'Angebot abgeben',
  verhandeln: 'Verhandlung aufnehmen',
  zurueckziehen: 'zurück in den Entwurf',
  unterzeichnen: 'unterzeichnen',
  bewerten: 'Bewertung abschließen',
  wiedereroeffnen: 'Bewertung wieder öffnen',
};

/** Label of the step that opens a new version of a signed agreement (startRevision). */
export const REVISION_LABEL = 'Änderung beginnen (neue Fassung)';

const TRANSITIONS: Record<
  AgreementAction,
  { from: readonly AgreementStatus[]; to: AgreementStatus }
> = {
  anbieten: { from: ['entwurf', 'in_verhandlung'], to: 'angebot' },
  verhandeln: { from: ['entwurf', 'angebot'], to: 'in_verhandlung' },
  zurueckziehen: { from: ['angebot', 'in_verhandlung'], to: 'entwurf' },
  unterzeichnen: { from: ['in_verhandlung'], to: 'unterzeichnet' },
  bewerten: { from: ['unterzeichnet'], to: 'bewertet' },
  wiedereroeffnen: { from: ['bewertet'], to: 'unterzeichnet' },
};

/** The states an action starts from. */
export function actionStartsFrom(action: AgreementAction): readonly AgreementStatus[] {
  return TRANSITIONS[action].from;
}

export function allowedActions(status: AgreementStatus): AgreementAction[] {
  return (Object.keys(TRANSITIONS) as AgreementAction[]).filter((action) =>
    TRANSITIONS[action].from.includes(status),
  );
}

export function canEdit(status: AgreementStatus): boolean {
  return status === 'entwurf' || status === 'in_verhandlung';
}

export function canRevise(status: AgreementStatus): boolean {
  return status === 'unterzeichnet';
}

/** Milestone states may be recorded while the agreement runs and until it is assessed. */
export function canRecordProgress(status: AgreementStatus): boolean {
  return status === 'unterzeichnet';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/**
 * Why the signatures of the parties at `indices` (default: every party) are not complete
 * (German); empty when each of them has signed once, with place, date and name.
 */
export function checkSignatures(
  content: AgreementContent,
  indices: readonly number[] = content.parties.map((_, i) => i),
): string[] {
  const problems: string[] = [];
  for (const index of indices) {
    const name = content.parties[index]?.name ?? `Vertragspartner Nr. ${index + 1}`;
    const signatures = content.signatures.filter((s) => s.party === index);
    if (signatures.length === 0) problems.push(`Die Unterschrift für ${name} fehlt.`);
    if (signatures.length > 1)
      problems.push(
        `Für ${name} sind ${signatures.length} Unterschriften eingetragen, erwartet ist eine.`,
      );
    for (const s of signatures) {
      if (s.place.trim() === '') problems.push(`Bei der Unterschrift für ${name} fehlt der Ort.`);
      if (!isIsoDate(s.date))
        problems.push(`Bei der Unterschrift für ${name} fehlt ein gültiges Datum (JJJJ-MM-TT).`);
      if (s.signatory.trim() === '')
        problems.push(
          `Bei der Unterschrift für ${name} fehlt der Name der unterzeichnenden Person.`,
        );
    }
  }
  return problems;
}

export type TransitionResult =
  { ok: true; status: AgreementStatus } | { ok: false; reason: string };

/**
 * The status after `action`, or why the action is not possible now. `openMarks`: the version's
 * review marks not yet dealt with (year-review.ts); signing waits for them.
 */
export function applyAction(
  status: AgreementStatus,
  action: AgreementAction,
  content: AgreementContent,
  openMarks: readonly ReviewMark[],
): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      reason: `„${ACTION_LABELS[action]}“ ist im Status „${STATUS_LABELS[status]}“ nicht möglich.`,
    };
  }
  if (action === 'unterzeichnen') {
    const signed = signedPartyIndices(content);
    const problems = [
      ...openValueProblems(content),
      ...reviewMarkProblems(openMarks),
      ...checkSignatures(content, signed),
    ];
    if (signed.length === 0) problems.push('Es ist keine Unterschrift eingetragen.');
    if (content.signatures.some((s) => content.parties[s.party] === undefined))
      problems.push(
        'Eine Unterschrift nennt einen Vertragspartner, den die Vereinbarung nicht hat.',
      );
    if (problems.length > 0) return { ok: false, reason: problems.join(' ') };
    // signed when every party of both sides has signed (§ 48b: concluded by all of them)
    return { ok: true, status: signed.length === content.parties.length ? rule.to : status };
  }
  return { ok: true, status: rule.to };
}

/** The parties (indices in `parties`) whose signature the content carries. */
export const signedParties = signedPartyIndices;

/** The first content of a new version after signing: the same text, no signatures, status entwurf. */
export function startRevision(
  status: AgreementStatus,
  content: AgreementContent,
): { status: AgreementStatus; content: AgreementContent } {
  if (!canRevise(status))
    throw new Error(
      `Eine neue Fassung kann nur von einer unterzeichneten Vereinbarung ausgehen, nicht im Status „${STATUS_LABELS[status]}“.`,
    );
  return { status: 'entwurf', content: { ...structuredClone(content), signatures: [] } };
}

/** The content with every milestone's recorded state reset, so that only the agreed text is left. */
function withoutProgress(
  content: AgreementContent,
  keep: 'nothing' | 'confirmed',
): AgreementContent {
  const copy = structuredClone(content);
  for (const target of targetsOf(copy)) {
    const progress = progressCriterionOf(target.criterion);
    if (progress !== null) {
      if (keep === 'nothing') {
        progress.state = 'offen';
        progress.stateNote = null;
      }
      delete progress.proposal;
    }
  }
  return copy;
}

/** True when `after` differs from `before` in milestone states, notes and reports only (allowed once signed). */
export function onlyProgressChanged(before: AgreementContent, after: AgreementContent): boolean {
  return deepEqual(withoutProgress(before, 'nothing'), withoutProgress(after, 'nothing'));
}

/**
 * What a progress change does: `confirmed` when a milestone's confirmed state or note changes
 * (the steering party's), `reported` when a report of the target party is made or changed;
 * taking a report back (to none) is either party's.
 */
export function progressChange(
  before: AgreementContent,
  after: AgreementContent,
): { confirmed: boolean; reported: boolean } {
  const reports = (content: AgreementContent) =>
    new Map(
      targetsOf(content).flatMap((t) => {
        const progress = progressCriterionOf(t.criterion);
        return progress === null ? [] : [[t.id, progress.proposal ?? null] as const];
      }),
    );
  const old = reports(before);
  const reported = [...reports(after)].some(
    ([id, proposal]) => proposal !== null && !deepEqual(proposal, old.get(id) ?? null),
  );
  return {
    confirmed: !deepEqual(
      withoutProgress(before, 'confirmed'),
      withoutProgress(after, 'confirmed'),
    ),
    reported,
  };
}
