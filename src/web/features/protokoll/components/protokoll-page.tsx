/**
 * Protokoll (administration only): the audit trail — who changed or exported what, when —
 * filtered, page by page, with the state of its hash chain and the export as XLSX/CSV
 * (docs/audit.md). Others get the API's refusal, said on the page.
 */
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ProtokollSearch } from '../../../app/search.ts';
import { DocumentButtons } from '../../../components/download-buttons.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { ErrorMessage, Loading } from '../../../components/query-state.tsx';
import { query } from '../../../lib/api.ts';
import { formatNumberDe } from '../../../lib/format.ts';
import { useAuditTrail, type AuditFilters } from '../api/use-audit.ts';
import { AuditFilters as FilterForm } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { ChainStatus } from './chain-status.tsx';

const DAY_MS = 86_400_000;

/** Local midnight of a date YYYY-MM-DD as an ISO instant (the browser's time zone). */
const localMidnight = (date: string, plusDays = 0) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new Date(y, m - 1, d).getTime() + plusDays * DAY_MS).toISOString();
};

export function toApiFilters(s: ProtokollSearch): AuditFilters {
  return {
    from: s.von === undefined ? undefined : localMidnight(s.von),
    // "bis" includes its day: up to the next midnight
    to: s.bis === undefined ? undefined : localMidnight(s.bis, 1),
    actor: s.benutzer,
    action: s.aktion,
    entity: s.art,
    entityId: s.art === undefined ? undefined : s.datensatz,
  };
}

export function ProtokollPage() {
  const search = useSearch({ from: '/protokoll' });
  const navigate = useNavigate({ from: '/protokoll' });
  const filters = toApiFilters(search);
  const trail = useAuditTrail(filters);
  const pages = trail.data?.pages ?? [];
  const entries = pages.flatMap((p) => p.entries);
  const chain = pages[0]?.chain ?? null;
  const exportPath = (format: 'xlsx' | 'csv') =>
    `/api/audit/export${query({ ...filters, format })}`;
  return (
    <>
      <PageHeading title="Audit-Protokoll" />
      <p className="lead">
        Wer hat wann was geändert oder exportiert: Vereinbarungen, Bewertungen, Datenstände,
        Einheiten, lokale Kennzahlen und jeder Export von Zahlen. Einträge werden nur angefügt, nie
        geändert.
      </p>
      {trail.isPending && <Loading what="Das Protokoll" />}
      {trail.isError && <ErrorMessage error={trail.error} what="Das Protokoll" />}
      {trail.isSuccess && (
        <>
          <ChainStatus chain={chain} />
          <section aria-labelledby="eintraege-heading">
            <h2 id="eintraege-heading">Einträge</h2>
            <FilterForm
              key={JSON.stringify(search)}
              search={search}
              onApply={(next) => navigate({ search: next })}
            />
            <DocumentButtons
              documents={[
                {
                  label: 'Als Excel-Datei (XLSX)',
                  path: exportPath('xlsx'),
                  fileName: 'Audit-Protokoll.xlsx',
                },
                { label: 'Als CSV', path: exportPath('csv'), fileName: 'Audit-Protokoll.csv' },
              ]}
            />
            {entries.length === 0 ? (
              <p>Keine Einträge zu diesen Filtern.</p>
            ) : (
              <AuditTable
                entries={entries}
                total={`${formatNumberDe(entries.length)} angezeigt${trail.hasNextPage ? ', weitere vorhanden' : ''}`}
              />
            )}
            {trail.hasNextPage && (
              <button
                type="button"
                className="button-secondary"
                disabled={trail.isFetchingNextPage}
                onClick={() => void trail.fetchNextPage()}
              >
                {trail.isFetchingNextPage
                  ? 'Weitere Einträge werden geladen …'
                  : 'Weitere Einträge'}
              </button>
            )}
          </section>
        </>
      )}
    </>
  );
}
