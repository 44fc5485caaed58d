/**
 * The lifecycle steps this user may take now (the server's `permissions`, decided by
 * access/rights.ts), each with a comment; signing asks for the user's own party's signature,
 * reopening an assessment for a reason. Editing, a new version after signing and next year's
 * draft start here.
 */
import { joinDe, partiesOfSide, SIDE_LABELS } from '../../../../domain/agreements/parties.ts';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import type { Signature } from '../../../../domain/agreements/agreement.ts';
import { reviewMarkProblems } from '../../../../domain/agreements/year-review.ts';
import {
  ACTION_LABELS,
  REVISION_LABEL,
  STATUS_LABELS,
  type AgreementAction,
} from '../../../../domain/agreements/lifecycle.ts';
import { ApiError } from '../../../lib/api.ts';
import type { AgreementView } from '../../../lib/types.ts';
import { useNextYearDraft, useRevise, useTransition } from '../api/use-agreement-actions.ts';
import { defaultSignatures, SignatureFields } from './signature-fields.tsx';

function explain(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Unbekannter Fehler.';
  if (error.code === 'conflict')
    return `${error.message} Die Seite zeigt jetzt den aktuellen Stand.`;
  return [error.message, ...error.details.map((d) => `${d.path}: ${d.message}`)].join(' ');
}

/** A step's refusal, said at once (role="alert"); nothing while there is none. */
function Refusal({ error }: { error: unknown }) {
  if (error === null) return null;
  return (
    <p role="alert" className="message message-error">
      {explain(error)}
    </p>
  );
}

/** Today, kept within the planning autumn and the year itself (validate.ts expects y−1 or y). */
function signingDateDefault(year: number, today: string): string {
  const first = `${year - 1}-01-01`;
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}

export function LifecyclePanel({ agreement }: { agreement: AgreementView }) {
  const [action, setAction] = useState<AgreementAction | null>(null);
  const [comment, setComment] = useState('');
  const [signatures, setSignatures] = useState<Signature[]>([]);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const transition = useTransition(agreement);
  const revise = useRevise(agreement);
  const nextYear = useNextYearDraft(agreement);
  const navigate = useNavigate();
  const today = signingDateDefault(agreement.year, new Date().toISOString().slice(0, 10));

  const choose = (a: AgreementAction) => {
    setAction(a);
    setDone(null);
    if (a === 'unterzeichnen')
      setSignatures(
        defaultSignatures(agreement.content, today).filter((s) =>
          agreement.permissions.signFor.includes(s.party),
        ),
      );
  };
  const permissions = agreement.permissions;
  const actions: AgreementAction[] = [
    ...permissions.steps,
    ...(permissions.signFor.length > 0 ? (['unterzeichnen'] as const) : []),
  ];
  const reasonNeeded = action === 'wiedereroeffnen';
  const submit = async () => {
    if (action === null) return;
    try {
      const view = await transition.mutateAsync({
        action,
        comment: comment.trim() || null,
        ...(action === 'unterzeichnen' ? { signatures } : {}),
      });
      setDone(`Erledigt: „${ACTION_LABELS[action]}“. Status jetzt: ${STATUS_LABELS[view.status]}.`);
      setAction(null);
      setComment('');
    } catch {
      // shown below from transition.error
    }
  };
  const draft = async () => {
    const view = await nextYear.mutateAsync().catch(() => null);
    if (view !== null)
      await navigate({ to: '/vereinbarungen/$id/bearbeiten', params: { id: view.id } });
  };

  return (
    <section className="side-panel" aria-labelledby="ablauf-heading">
      <h2 id="ablauf-heading">Ablauf</h2>
      <p>
        Status: <strong>{STATUS_LABELS[agreement.status]}</strong> (Fassung{' '}
        {agreement.currentVersion})
      </p>
      <div role="status">{done !== null && <p className="message message-success">{done}</p>}</div>
      <PartyNote agreement={agreement} />
      {(permissions.edit || permissions.proposeMilestone || permissions.confirmMilestone) && (
        <p>
          <Link
            className="button"
            to="/vereinbarungen/$id/bearbeiten"
            params={{ id: agreement.id }}
          >
            {permissions.edit
              ? 'Ziele bearbeiten'
              : permissions.confirmMilestone
                ? 'Stand der Meilensteine feststellen'
                : 'Stand der Meilensteine melden'}
          </Link>
        </p>
      )}
      <div className="button-row">
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={action === a ? undefined : 'button-secondary'}
            aria-pressed={action === a}
            onClick={() => choose(a)}
          >
            {ACTION_LABELS[a]}
          </button>
        ))}
      </div>
      {action !== null && (
        <form
          className="action-form"
          aria-label={ACTION_LABELS[action]}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {action === 'unterzeichnen' && (
            <SignatureFields
              content={agreement.content}
              signatures={signatures}
              onChange={setSignatures}
            />
          )}
          <div className="field">
            <label htmlFor="transition-comment">
              {reasonNeeded ? 'Begründung (Pflicht)' : 'Kommentar zu diesem Schritt (optional)'}
            </label>
            <textarea
              id="transition-comment"
              value={comment}
              required={reasonNeeded}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" disabled={transition.isPending}>
              „{ACTION_LABELS[action]}“ bestätigen
            </button>
            <button type="button" className="button-secondary" onClick={() => setAction(null)}>
              Abbrechen
            </button>
          </div>
          <Refusal error={transition.error} />
        </form>
      )}
      {permissions.revise && (
        <details>
          <summary>{REVISION_LABEL}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              revise.mutate(reason);
            }}
          >
            <div className="field">
              <label htmlFor="revise-reason">Grund der Änderung</label>
              <textarea
                id="revise-reason"
                value={reason}
                required
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <button type="submit" disabled={revise.isPending}>
              Neue Fassung beginnen
            </button>
            <Refusal error={revise.error} />
          </form>
        </details>
      )}
      {permissions.party !== null && (
        <NextYear agreement={agreement} busy={nextYear.isPending} onDraft={() => void draft()}>
          <Refusal error={nextYear.error} />
        </NextYear>
      )}
    </section>
  );
}

/** The states before signing, in which review marks still hold the signature back. */
const UNSIGNED: readonly AgreementView['status'][] = ['entwurf', 'angebot', 'in_verhandlung'];

/** Who acts here: the user's party, or that the user reads only; the signatures entered so far. */
function PartyNote({ agreement }: { agreement: AgreementView }) {
  const content = agreement.content;
  const { party, side } = agreement.permissions;
  const names = (s: 0 | 1) => joinDe(partiesOfSide(content, s).map((p) => p.party.name));
  const signed = content.signatures.map((s) => content.parties[s.party]?.name ?? '');
  const missing = content.parties
    .filter((_, i) => !content.signatures.some((s) => s.party === i))
    .map((p) => p.name);
  return (
    <>
      <p>
        {party === null || side === null
          ? `Sie sehen diese Vereinbarung lesend; handeln können ${names(0)} (steuernd) und ${names(1)}.`
          : `Sie handeln für ${content.parties[party]?.name ?? ''} (${SIDE_LABELS[side]}).`}
      </p>
      {side !== null && partiesOfSide(content, side).length > 1 && (
        <p>Ihre Seite hat mehrere Vertragspartner: jeder unterschreibt nur für sich.</p>
      )}
      {UNSIGNED.includes(agreement.status) &&
        // the reason the server would give for refusing to sign (year-review.ts), told before
        reviewMarkProblems(agreement.reviewMarks).map((problem) => (
          <p key={problem} className="hint">
            Vor dem Unterzeichnen: {problem}
          </p>
        ))}
      {agreement.status === 'in_verhandlung' && signed.length > 0 && (
        <p>Unterschrift eingetragen für: {signed.join(', ')}.</p>
      )}
      {agreement.status === 'in_verhandlung' && signed.length > 0 && missing.length > 0 && (
        <p>Es fehlt noch die Unterschrift von: {missing.join(', ')}.</p>
      )}
    </>
  );
}

function NextYear({
  agreement,
  busy,
  onDraft,
  children,
}: {
  agreement: AgreementView;
  busy: boolean;
  onDraft: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <h3>Folgejahr</h3>
      <p>
        Ein Entwurf für {agreement.year + 1} übernimmt Ziele und Text; Angebote, Soll-Verläufe und
        Unterschriften werden neu geplant.
      </p>
      <button type="button" className="button-secondary" onClick={onDraft} disabled={busy}>
        Entwurf für {agreement.year + 1} anlegen
      </button>
      {children}
    </>
  );
}
