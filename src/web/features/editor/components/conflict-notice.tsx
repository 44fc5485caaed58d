/**
 * Someone else saved first: what they changed, and the user's own edit kept — to be applied to
 * the current version with one click, or adjusted in the still open form first.
 */
import { STATUS_LABELS } from '../../../../domain/agreements/lifecycle.ts';
import { formatTimestamp } from '../../../lib/format.ts';
import { ChangeList } from '../../../components/change-list.tsx';
import type { Conflict } from '../api/use-save-content.ts';

export function ConflictNotice({
  conflict,
  busy,
  onReapply,
  onDiscard,
}: {
  conflict: Conflict;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { base, current } = conflict;
  const statusChanged = base.status !== current.status;
  const { edit } = conflict;
  const edited =
    edit.kind === 'add-target'
      ? edit.target.id
      : edit.kind === 'replace-target' || edit.kind === 'remove-target'
        ? edit.targetId
        : null;
  const sameTarget = edited !== null && conflict.changes.some((c) => c.targetId === edited);
  return (
    <section className="message message-warning" role="alert" aria-labelledby="konflikt-titel">
      <h2 id="konflikt-titel">Die Zielvereinbarung wurde inzwischen geändert</h2>
      <p>
        Sie haben auf dem Bearbeitungsstand {base.rowVersion} gearbeitet; gespeichert ist inzwischen
        Stand {current.rowVersion}
        {` (zuletzt gespeichert ${formatTimestamp(current.updatedAt)})`}. Ihre Änderung ist nicht
        verloren und noch nicht gespeichert.
      </p>
      {statusChanged && (
        <p>
          Der Status ist jetzt <strong>{STATUS_LABELS[current.status]}</strong> (vorher{' '}
          {STATUS_LABELS[base.status]}).
        </p>
      )}
      {sameTarget && (
        <p>
          <strong>Auch Ziel {edited} wurde geändert.</strong> Wenn Sie Ihre Änderung anwenden,
          ersetzt sie diese Fassung des Ziels; prüfen Sie die Unterschiede unten oder passen Sie Ihr
          Formular zuerst an.
        </p>
      )}
      <ChangeList changes={conflict.changes} title="Was sich inzwischen geändert hat" />
      <div className="button-row">
        <button type="button" onClick={onReapply} disabled={busy}>
          Meine Änderung auf den aktuellen Stand anwenden und speichern
        </button>
        <button type="button" className="button-secondary" onClick={onDiscard}>
          Meine Änderung verwerfen
        </button>
      </div>
    </section>
  );
}
