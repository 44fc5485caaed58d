/** Differences between two versions (domain diff), the old text struck, the new inserted. */
import type { Change } from '../../domain/agreements/diff-types.ts';

const KIND_LABELS: Record<Change['kind'], string> = {
  added: 'hinzugefügt',
  removed: 'entfernt',
  changed: 'geändert',
};

export function ChangeList({ changes, title }: { changes: readonly Change[]; title: string }) {
  return (
    <>
      <h3>{title}</h3>
      {changes.length === 0 ? (
        <p>Keine inhaltlichen Unterschiede.</p>
      ) : (
        <ul className="changes">
          {changes.map((c, i) => (
            <li key={`${c.path}-${i}`}>
              <span className="change-kind">{c.path}</span> ({KIND_LABELS[c.kind]})
              {c.before !== null && (
                <div>
                  vorher: <del>{c.before}</del>
                </div>
              )}
              {c.after !== null && (
                <div>
                  jetzt: <ins>{c.after}</ins>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
