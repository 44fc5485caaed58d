/**
 * Übersicht: all agreements of a year, filtered by Land and Träger, with one status per target
 * and the Datenstand of the figures the statuses rest on.
 */
import { Link, useSearch } from '@tanstack/react-router';
import { LifecycleBadge } from '../../../components/lifecycle-badge.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { ErrorMessage, Loading } from '../../../components/query-state.tsx';
import { StatusLegend } from '../../../components/status-badge.tsx';
import { formatDateDe } from '../../../lib/format.ts';
import { useDatenstaende, useUnits } from '../../../lib/shared-queries.ts';
import { useAgreements, useYearOverview } from '../api/use-overview.ts';
import { OverviewFilters } from './overview-filters.tsx';
import { arrangeRows, defaultYear, yearsOf } from './overview-model.ts';
import { StatusSummary } from './status-summary.tsx';
import { TargetChips } from './target-chips.tsx';
import { sideNames } from '../../../lib/agreement-sides.ts';

export function OverviewPage() {
  const search = useSearch({ from: '/' });
  const agreements = useAgreements();
  const units = useUnits();
  const stands = useDatenstaende();
  const year = search.jahr ?? (agreements.data ? defaultYear(agreements.data) : undefined);
  const rows =
    agreements.data && units.data
      ? arrangeRows(
          agreements.data.filter((a) => a.year === year),
          units.data,
          search,
        )
      : [];
  const overview = useYearOverview(year);
  const statusesOf = new Map((overview.data?.agreements ?? []).map((a) => [a.agreement.id, a]));
  const shownStatuses = rows.flatMap((r) => statusesOf.get(r.agreement.id) ?? []);
  const latest = stands.data?.[0];
  return (
    <>
      <PageHeading
        title={year === undefined ? 'Übersicht' : `Übersicht der Zielvereinbarungen ${year}`}
      />
      <p className="lead">
        Jede Zielvereinbarung mit dem Stand jedes Ziels nach den neuesten Zahlen
        {latest ? (
          <>
            {' '}
            (Datenstand <strong>{formatDateDe(latest.stand)}</strong>)
          </>
        ) : null}
        .
      </p>
      {agreements.isError && (
        <ErrorMessage error={agreements.error} what="Die Zielvereinbarungen" />
      )}
      {units.isError && <ErrorMessage error={units.error} what="Die Einheiten" />}
      {(agreements.isPending || units.isPending) && <Loading what="Die Übersicht" />}
      {agreements.data && units.data && (
        <>
          <OverviewFilters
            search={search}
            year={year}
            years={yearsOf(agreements.data)}
            units={units.data}
          />
          <StatusSummary shown={shownStatuses} />
          <StatusLegend />
          <table className="data-table overview-table">
            <caption>
              Zielvereinbarungen {year}: {rows.length}{' '}
              {rows.length === 1 ? 'Vereinbarung' : 'Vereinbarungen'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Zielvereinbarung</th>
                <th scope="col">Status</th>
                <th scope="col">Stand der Ziele</th>
                <th scope="col">Datenstand</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ agreement, depth }) => {
                const statuses = statusesOf.get(agreement.id);
                const stand = statuses?.datenstand;
                return (
                  <tr key={agreement.id} className={depth > 0 ? 'cascaded' : 'steering'}>
                    <th scope="row">
                      {depth > 0 && (
                        <span className="cascade-marker" aria-hidden="true">
                          ↳{' '}
                        </span>
                      )}
                      <Link to="/vereinbarungen/$id" params={{ id: agreement.id }}>
                        {agreement.unit.name} {agreement.year}
                      </Link>
                      <span className="row-sub">mit {sideNames(agreement, 0)}</span>
                    </th>
                    <td>
                      <LifecycleBadge status={agreement.status} />
                    </td>
                    <td>
                      <TargetChips
                        statuses={statuses}
                        pending={overview.isPending}
                        error={overview.error}
                      />
                    </td>
                    <td>{stand ? formatDateDe(stand) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length === 0 && <p>Für diese Auswahl gibt es keine Zielvereinbarungen.</p>}
        </>
      )}
    </>
  );
}
