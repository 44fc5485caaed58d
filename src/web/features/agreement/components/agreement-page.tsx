/**
 * Zielvereinbarung: the agreement read like the document with each target's live status, chart
 * and milestones; beside it the lifecycle, the versions with their differences, the history.
 */
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { LifecycleBadge } from '../../../components/lifecycle-badge.tsx';
import { DocumentButtons } from '../../../components/download-buttons.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { ErrorMessage, Loading, QueryState } from '../../../components/query-state.tsx';
import { StatusLegend } from '../../../components/status-badge.tsx';
import { monthNameDe } from '../../../lib/format.ts';
import { useAgreement, useMonitoring } from '../api/use-agreement.ts';
import { AgreementDocument } from './agreement-document.tsx';
import { AssessmentRecords } from './assessment-records.tsx';
import { HistoryList } from './history-list.tsx';
import { LifecycleStepper } from './lifecycle-stepper.tsx';
import { LifecyclePanel } from './lifecycle-panel.tsx';
import { TargetStatusTable } from './target-status-table.tsx';
import { VersionsPanel } from './versions-panel.tsx';
import { sideNames } from '../../../lib/agreement-sides.ts';

export function AgreementPage() {
  const { id } = useParams({ from: '/vereinbarungen/$id' });
  const { fassung, monat } = useSearch({ from: '/vereinbarungen/$id' });
  const navigate = useNavigate({ from: '/vereinbarungen/$id' });
  const current = useAgreement(id);
  const shownVersion =
    fassung !== undefined && fassung !== current.data?.currentVersion ? fassung : undefined;
  const older = useAgreement(id, shownVersion);
  const monitoring = useMonitoring(id, monat);
  if (current.isPending) return <Loading what="Die Zielvereinbarung" />;
  if (current.isError)
    return (
      <>
        <PageHeading title="Zielvereinbarung" />
        <ErrorMessage error={current.error} what="Die Zielvereinbarung" />
      </>
    );
  const agreement = current.data;
  const shown = shownVersion === undefined ? agreement : older.data;
  const name = `${agreement.unit.name} ${agreement.year}`;
  const version = shownVersion === undefined ? '' : `&version=${shownVersion}`;
  const reportMonth =
    monat ??
    monitoring.data?.targets.find((t) => t.assessment?.month != null)?.assessment?.month ??
    12;
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumb no-print">
        <ol>
          <li>
            <Link to="/" search={{ jahr: agreement.year }}>
              Übersicht {agreement.year}
            </Link>
          </li>
          <li>
            <span aria-current="page">Zielvereinbarung {name}</span>
          </li>
        </ol>
      </nav>
      <PageHeading title={`Zielvereinbarung ${name}`} />
      <p className="lead">
        {sideNames(agreement, 0)} mit {sideNames(agreement, 1)} · Fassung{' '}
        {shown?.versionNo ?? shownVersion} ·{' '}
        <LifecycleBadge status={shown?.status ?? agreement.status} />
      </p>
      <LifecycleStepper status={agreement.status} />
      <DocumentButtons
        documents={[
          {
            label: 'Zielvereinbarung als PDF',
            path: `/api/agreements/${id}/document?format=pdf${version}`,
            fileName: `zielvereinbarung-${agreement.year}.pdf`,
          },
          {
            label: 'als Word-Datei (DOCX)',
            path: `/api/agreements/${id}/document?format=docx${version}`,
            fileName: `zielvereinbarung-${agreement.year}.docx`,
          },
          {
            label: `Monitoringbericht ${monthNameDe(reportMonth)} ${agreement.year} (PDF)`,
            path: `/api/reports/monitoring?unit=${agreement.unit.id}&month=${agreement.year}-${String(reportMonth).padStart(2, '0')}&format=pdf`,
            fileName: `monitoring-${agreement.year}-${String(reportMonth).padStart(2, '0')}.pdf`,
          },
        ]}
      />
      <div className="layout-two">
        <div>
          {shownVersion !== undefined && (
            <div className="message message-warning" role="note">
              <p>
                Sie sehen Fassung {shownVersion}; aktuell ist Fassung {agreement.currentVersion}.
                Der Stand der Ziele gilt für die aktuelle Fassung.{' '}
                <Link to="/vereinbarungen/$id" params={{ id }}>
                  Aktuelle Fassung anzeigen
                </Link>
              </p>
            </div>
          )}
          {shownVersion === undefined && (
            <section aria-labelledby="stand-heading">
              <h2 id="stand-heading">Stand der Ziele</h2>
              <div className="field inline-field no-print">
                <label htmlFor="stand-monat">Stand der Zahlen</label>
                <select
                  id="stand-monat"
                  value={monat ?? ''}
                  onChange={(e) =>
                    navigate({
                      search: (s) => ({
                        ...s,
                        monat: e.target.value === '' ? undefined : Number(e.target.value),
                      }),
                      replace: true,
                    })
                  }
                >
                  <option value="">neueste Zahlen</option>
                  {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                    <option key={m} value={m}>
                      Ende {monthNameDe(m)} {agreement.year}
                    </option>
                  ))}
                </select>
              </div>
              <StatusLegend />
              <QueryState query={monitoring} what="Der Stand der Ziele">
                {(m) => <TargetStatusTable monitoring={m} />}
              </QueryState>
            </section>
          )}
          {shown === undefined ? (
            older.isError ? (
              <ErrorMessage error={older.error} what={`Fassung ${shownVersion}`} />
            ) : (
              <Loading what={`Fassung ${shownVersion}`} />
            )
          ) : (
            <AgreementDocument
              content={shown.content}
              indicators={shown.indicators}
              monitoring={shownVersion === undefined ? monitoring.data : undefined}
            />
          )}
          <AssessmentRecords agreementId={id} />
        </div>
        <aside aria-label="Ablauf, Fassungen und Verlauf" className="side-actions-wrap">
          <LifecyclePanel agreement={agreement} />
          <VersionsPanel
            agreement={agreement}
            shown={shown?.versionNo ?? agreement.currentVersion}
          />
          <HistoryList events={agreement.events} />
        </aside>
      </div>
    </>
  );
}
