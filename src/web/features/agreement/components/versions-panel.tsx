/** The versions of an agreement, each readable, and the differences between any two. */
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { STATUS_LABELS } from '../../../../domain/agreements/lifecycle.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { formatTimestamp } from '../../../lib/format.ts';
import type { AgreementView } from '../../../lib/types.ts';
import { useCompare } from '../api/use-agreement.ts';
import { ChangeList } from '../../../components/change-list.tsx';

export function VersionsPanel({ agreement, shown }: { agreement: AgreementView; shown: number }) {
  const versions = agreement.versions;
  const [from, setFrom] = useState(versions[0]?.versionNo ?? 1);
  const [to, setTo] = useState(versions.at(-1)?.versionNo ?? 1);
  const [asked, setAsked] = useState(false);
  const compare = useCompare(agreement.id, from, to, asked && from !== to);
  return (
    <section className="side-panel" aria-labelledby="fassungen-heading">
      <h2 id="fassungen-heading">Fassungen</h2>
      <ul className="history">
        {versions.map((v) => (
          <li key={v.versionNo}>
            <strong>Fassung {v.versionNo}</strong> ({STATUS_LABELS[v.status]}), angelegt{' '}
            {formatTimestamp(v.createdAt)} von {v.createdBy}
            {v.reason !== null && <> – Grund: {v.reason}</>}{' '}
            {v.versionNo === shown ? (
              <span className="muted">(angezeigt)</span>
            ) : (
              <Link
                to="/vereinbarungen/$id"
                params={{ id: agreement.id }}
                search={{
                  fassung: v.versionNo === agreement.currentVersion ? undefined : v.versionNo,
                }}
              >
                Fassung {v.versionNo} anzeigen
              </Link>
            )}
          </li>
        ))}
      </ul>
      {versions.length < 2 ? (
        <p className="muted">
          Es gibt eine Fassung. Eine Änderung nach der Unterzeichnung beginnt eine neue; dann lassen
          sich die Fassungen hier vergleichen.
        </p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setAsked(true);
          }}
          aria-label="Fassungen vergleichen"
        >
          <div className="field-row">
            <div className="field">
              <label htmlFor="compare-from">von Fassung</label>
              <select
                id="compare-from"
                value={from}
                onChange={(e) => {
                  setFrom(Number(e.target.value));
                  setAsked(false);
                }}
              >
                {versions.map((v) => (
                  <option key={v.versionNo} value={v.versionNo}>
                    {v.versionNo}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="compare-to">zu Fassung</label>
              <select
                id="compare-to"
                value={to}
                onChange={(e) => {
                  setTo(Number(e.target.value));
                  setAsked(false);
                }}
              >
                {versions.map((v) => (
                  <option key={v.versionNo} value={v.versionNo}>
                    {v.versionNo}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" className="button-secondary">
            Unterschiede zeigen
          </button>
        </form>
      )}
      {asked && from === to && <p>Bitte zwei verschiedene Fassungen wählen.</p>}
      {asked && from !== to && (
        <div aria-live="polite">
          <QueryState query={compare} what="Der Vergleich">
            {(result) => (
              <ChangeList
                changes={result.changes}
                title={`Unterschiede von Fassung ${result.from} zu Fassung ${result.to}`}
              />
            )}
          </QueryState>
        </div>
      )}
    </section>
  );
}
