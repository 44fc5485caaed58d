/** Entwurf → Angebot → in Verhandlung → unterzeichnet → bewertet, the current step marked. */
import { AGREEMENT_STATUSES, STATUS_LABELS } from '../../../../domain/agreements/lifecycle.ts';
import type { AgreementView } from '../../../lib/types.ts';

export function LifecycleStepper({ status }: { status: AgreementView['status'] }) {
  const current = AGREEMENT_STATUSES.indexOf(status);
  return (
    <ol className="stepper" aria-label="Ablauf der Zielvereinbarung">
      {AGREEMENT_STATUSES.map((s, i) => (
        <li
          key={s}
          aria-current={i === current ? 'step' : undefined}
          className={i < current ? 'done' : undefined}
        >
          {i < current && <span className="visually-hidden">erledigt: </span>}
          {STATUS_LABELS[s]}
        </li>
      ))}
    </ol>
  );
}
