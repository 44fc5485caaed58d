/**
 * The filters of the audit page: time span (days in the browser's time zone), user, beginning of
 * the action, kind and id of the record. Applied on submit, so typing sends no request.
 */
import { useState, type FormEvent } from 'react';
import type { ProtokollSearch } from '../../../app/search.ts';
import { ACTION_PREFIXES, ENTITY_LABELS } from '../lib/action-labels.ts';

export function AuditFilters({
  search,
  onApply,
}: {
  search: ProtokollSearch;
  onApply: (next: ProtokollSearch) => void;
}) {
  const [draft, setDraft] = useState<ProtokollSearch>(search);
  const field = (name: keyof ProtokollSearch) => ({
    value: draft[name] ?? '',
    onChange: (e: { target: { value: string } }) =>
      setDraft({ ...draft, [name]: e.target.value === '' ? undefined : e.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" aria-label="Filter des Protokolls" onSubmit={submit}>
      <div className="field">
        <label htmlFor="pr-von">Von</label>
        <input id="pr-von" type="date" {...field('von')} />
      </div>
      <div className="field">
        <label htmlFor="pr-bis">Bis (einschließlich)</label>
        <input id="pr-bis" type="date" {...field('bis')} />
      </div>
      <div className="field">
        <label htmlFor="pr-benutzer">Benutzer (Kennung)</label>
        <input id="pr-benutzer" type="text" autoComplete="off" {...field('benutzer')} />
      </div>
      <div className="field">
        <label htmlFor="pr-aktion">Aktion</label>
        <select id="pr-aktion" {...field('aktion')}>
          <option value="">alle</option>
          {ACTION_PREFIXES.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
          {draft.aktion !== undefined && !ACTION_PREFIXES.some((a) => a.value === draft.aktion) && (
            <option value={draft.aktion}>{draft.aktion}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pr-art">Art des Datensatzes</label>
        <select id="pr-art" {...field('art')}>
          <option value="">alle</option>
          {Object.entries(ENTITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pr-datensatz">Datensatz (Kennung)</label>
        <input
          id="pr-datensatz"
          type="text"
          autoComplete="off"
          aria-describedby="pr-datensatz-hinweis"
          {...field('datensatz')}
        />
        <span id="pr-datensatz-hinweis" className="hint">
          nur zusammen mit der Art
        </span>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Filtern
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setDraft({});
            onApply({});
          }}
        >
          Zurücksetzen
        </button>
      </div>
    </form>
  );
}
