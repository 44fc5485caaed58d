/**
 * The state of the hash chain: the head (how many records, the last hash to note outside the
 * system) and the result of checking every record, said to screen readers when it arrives.
 */
import { formatNumberDe } from '../../../lib/format.ts';
import { ApiError } from '../../../lib/api.ts';
import { useChainCheck, type AuditPage } from '../api/use-audit.ts';

export function ChainStatus({ chain }: { chain: AuditPage['chain'] }) {
  const check = useChainCheck();
  return (
    <section aria-labelledby="kette-heading" className="audit-chain">
      <h2 id="kette-heading">Hash-Kette</h2>
      <p>
        Jeder Eintrag trägt den Hash (SHA-256) seines Vorgängers und einen eigenen über seinen
        Inhalt. Die Prüfung rechnet jeden Hash nach: eine Änderung, ein gelöschter Eintrag oder ein
        abgeschnittenes Ende fällt auf.
      </p>
      {chain !== null && (
        <dl className="facts">
          <dt>Einträge</dt>
          <dd>{formatNumberDe(chain.entries)}</dd>
          <dt>Letzter Hash</dt>
          <dd>
            <code className="hash">{chain.lastHash}</code>
          </dd>
        </dl>
      )}
      <div role="status" aria-live="polite">
        {check.isFetching && <p className="loading">Die Kette wird geprüft …</p>}
        {!check.isFetching && check.data && (
          <div className={`message ${check.data.ok ? 'message-success' : 'message-error'}`}>
            <p>
              <strong>{check.data.ok ? 'In Ordnung.' : 'Gebrochen.'}</strong>{' '}
              <span className="hash-text">{check.data.message}</span>
            </p>
          </div>
        )}
        {!check.isFetching && check.isError && (
          <div className="message message-error">
            <p>
              Die Prüfung ist nicht möglich:{' '}
              {check.error instanceof ApiError ? check.error.message : 'unbekannter Fehler.'}
            </p>
          </div>
        )}
      </div>
      <p className="hint">
        Den letzten Hash außerhalb des Systems notieren (etwa im Prüfbericht): nur so lässt sich
        später zeigen, dass keine neuesten Einträge samt Kettenkopf entfernt wurden (
        <code>npm run cli -- audit verify --anchor NR:HASH</code>).
      </p>
      <button
        type="button"
        className="button-secondary"
        disabled={check.isFetching}
        onClick={() => void check.refetch()}
      >
        Erneut prüfen
      </button>
    </section>
  );
}
