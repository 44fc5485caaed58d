/**
 * "Lokale Indikatoren" on the editor page: the local indicators the user sees, those of this
 * agreement marked, each with unit, source and description; a form to create one (when the
 * agreement's permissions allow it) or change one (when the server lists it as editable).
 */
import { useState } from 'react';
import type { LocalIndicator } from '../../../../domain/agreements/criteria.ts';
import { renderMetricLabel } from '../../../../domain/agreements/metric-name.ts';
import { ErrorMessage, Loading } from '../../../components/query-state.tsx';
import { useLocalIndicators, type ListedIndicator } from '../api/use-local-indicators.ts';
import { LocalIndicatorForm } from './local-indicator-form.tsx';

function sourceText(source: LocalIndicator['source']): string {
  switch (source.kind) {
    case 'manuell':
      return 'manuell erfasst';
    case 'regel':
      return 'Regel über die Mikrodaten';
    case 'abgeleitet':
      return `${source.operation === 'differenz' ? 'Differenz' : 'Quotient'}: „${renderMetricLabel(source.left)}“ ${source.operation === 'differenz' ? '−' : '÷'} „${renderMetricLabel(source.right)}“`;
  }
}

export function LocalIndicatorsSection({
  mayCreate,
  usedIds,
}: {
  /** the agreement view's permission createIndicator (the server's decision) */
  mayCreate: boolean;
  /** the indicators this agreement's targets measure on */
  usedIds: readonly string[];
}) {
  const query = useLocalIndicators();
  // null: no form; 'neu': a new indicator; else the indicator to change
  const [form, setForm] = useState<ListedIndicator | 'neu' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = (next: ListedIndicator | 'neu' | null) => {
    setNotice(null);
    setForm(next);
  };
  return (
    <section aria-labelledby="lokale-indikatoren-kopf" className="structure-section">
      <h2 id="lokale-indikatoren-kopf">Lokale Indikatoren</h2>
      <p>
        Größen, die die Vertragspartner selbst festlegen: von Hand erfasst oder aus zwei
        gespeicherten Größen abgeleitet. Ein Ziel misst sie, wenn als Messgröße „lokaler Indikator“
        gewählt ist.
      </p>
      <div role="status" aria-live="polite">
        {notice !== null && <p className="message message-success">{notice}</p>}
      </div>
      {query.isPending && <Loading what="Die lokalen Indikatoren" />}
      {query.isError && <ErrorMessage error={query.error} what="Die lokalen Indikatoren" />}
      {query.data !== undefined && query.data.length === 0 && (
        <p>Es gibt noch keine lokalen Indikatoren.</p>
      )}
      {query.data !== undefined && query.data.length > 0 && (
        <ul className="plain-list local-indicators">
          {query.data.map((indicator) => (
            <li key={indicator.id} className="editor-target">
              <h3>
                {indicator.name} <span className="hint">({indicator.id})</span>
              </h3>
              <dl className="facts">
                <dt>Einheit</dt>
                <dd>{indicator.unit}</dd>
                <dt>Quelle</dt>
                <dd>{sourceText(indicator.source)}</dd>
                <dt>Beschreibung</dt>
                <dd>{indicator.definition}</dd>
              </dl>
              {usedIds.includes(indicator.id) && <p>In dieser Zielvereinbarung verwendet.</p>}
              {form !== null && form !== 'neu' && form.id === indicator.id ? (
                <LocalIndicatorForm
                  editing={indicator}
                  onSaved={(name) => {
                    setForm(null);
                    setNotice(`Gespeichert: lokaler Indikator „${name}“ geändert.`);
                  }}
                  onCancel={() => open(null)}
                />
              ) : (
                indicator.editable && (
                  <button
                    type="button"
                    className="button-secondary"
                    aria-label={`Lokalen Indikator ${indicator.name} bearbeiten`}
                    onClick={() => open(indicator)}
                  >
                    Bearbeiten
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {mayCreate &&
        (form === 'neu' ? (
          <LocalIndicatorForm
            editing={null}
            onSaved={(name) => {
              setForm(null);
              setNotice(`Gespeichert: lokaler Indikator „${name}“ angelegt.`);
            }}
            onCancel={() => open(null)}
          />
        ) : (
          <button type="button" className="button-secondary" onClick={() => open('neu')}>
            Lokalen Indikator anlegen
          </button>
        ))}
    </section>
  );
}
