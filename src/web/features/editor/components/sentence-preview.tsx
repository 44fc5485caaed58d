/** The German sentence the criterion will produce in the agreement, updated while typing. */
import type { TargetRole } from '../../../../domain/agreements/agreement.ts';
import type { LocalIndicator } from '../../../../domain/agreements/criteria.ts';
import { renderCriterion } from '../../../../domain/agreements/sentence.ts';
import { draftToTarget, type TargetDraft } from '../lib/target-draft.ts';

export function SentencePreview({
  draft,
  year,
  subject,
  indicators,
}: {
  draft: TargetDraft;
  year: number;
  subject: string;
  indicators?: readonly LocalIndicator[];
}) {
  const { target } = draftToTarget(draft);
  let sentence: string | null = null;
  if (target?.criterion) {
    try {
      sentence = renderCriterion(target.criterion, {
        year,
        subject,
        role: draft.role as TargetRole,
        lead: target.lead,
        indicators,
      });
    } catch {
      sentence = null;
    }
  }
  return (
    <div className="sentence-preview" aria-live="polite" aria-atomic="true">
      <p className="label">So steht das Ziel in der Zielvereinbarung:</p>
      {!draft.hasCriterion ? (
        <p>Ohne eigenes Kriterium (bewertet über ein Gesamtziel).</p>
      ) : sentence !== null ? (
        <p className="criterion-sentence" data-testid="satz">
          {sentence}
        </p>
      ) : (
        <p className="muted">Der Satz erscheint, sobald alle Zahlen gültig sind.</p>
      )}
    </div>
  );
}
