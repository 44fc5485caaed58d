/**
 * Vergleich: the örtliche Jobcenter of a Träger side by side on all Kennzahlen (kreisinterner
 * Kennzahlenvergleich) with distributions, figures as the server releases them to the viewer
 * (withheld ones marked, the legend under each table); below, the Träger within its Vergleichstyp.
 */
import { useNavigate, useSearch } from '@tanstack/react-router';
import {
  KENNZAHL_DEFINITIONS,
  KENNZAHL_IDS,
  type KennzahlId,
} from '../../../../domain/kpi/catalog.ts';
import { PROTECTED_SYMBOL } from '../../../../domain/disclosure/control/mark.ts';
import { ExportButtons } from '../../../components/download-buttons.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { addMonths, parseMonth } from '../../../../domain/shared/month.ts';
import { kennzahlNameOfMonth } from '../../../../domain/kpi/kennzahl-name.ts';
import { formatDateDe, formatMonth, formatMonthYearDe } from '../../../lib/format.ts';
import { useDatenstaende, useUnits, useViewer } from '../../../lib/shared-queries.ts';
import type { UnitView, Viewer } from '../../../lib/types.ts';
import { useJobcenterComparison } from '../api/use-comparison.ts';
import { ComparisonMatrix } from './comparison-matrix.tsx';
import { detailExport, matrixExport } from './export-model.ts';
import { KennzahlDetail } from './kennzahl-detail.tsx';
import { VergleichstypSection } from './vergleichstyp-section.tsx';

const SEXES = [
  { value: 'insgesamt', label: 'insgesamt' },
  { value: 'w', label: 'Frauen' },
  { value: 'm', label: 'Männer' },
] as const;

/** The Träger to compare: the user's own (or that of the user's Jobcenter), else the first one seen. */
function defaultTraeger(
  units: readonly UnitView[],
  viewer: Viewer | undefined,
): string | undefined {
  const own = units.find((u) => u.id === viewer?.unitId);
  if (own?.kind === 'traeger') return own.id;
  if (own?.kind === 'jobcenter' && own.parentId !== null) return own.parentId;
  return units.find((u) => u.kind === 'traeger')?.id;
}

/** Report months to choose from: the five years up to the newest Datenstand, newest first. */
function monthOptions(stand: string | undefined, selected: string | undefined): string[] {
  const end = stand?.slice(0, 7) ?? selected;
  if (end === undefined) return [];
  const months: string[] = [];
  for (let m = parseMonth(end); months.length < 72; m = addMonths(m, -1)) months.push(m);
  return selected !== undefined && !months.includes(selected) ? [selected, ...months] : months;
}

export function VergleichPage() {
  const search = useSearch({ from: '/vergleich' });
  const navigate = useNavigate({ from: '/vergleich' });
  const units = useUnits();
  const viewer = useViewer();
  const stands = useDatenstaende();
  const parent =
    search.traeger ?? (units.data ? defaultTraeger(units.data, viewer.data) : undefined);
  const sex = search.geschlecht ?? 'insgesamt';
  const comparison = useJobcenterComparison(parent, search.monat, sex);
  const kennzahl = (KENNZAHL_IDS as readonly string[]).includes(search.kennzahl ?? '')
    ? (search.kennzahl as KennzahlId)
    : 'K2';
  const traeger = (units.data ?? []).filter((u) => u.kind === 'traeger');
  const set = (patch: Partial<typeof search>) =>
    navigate({ search: (s) => ({ ...s, ...patch }), replace: true });
  const month = search.monat ?? comparison.data?.month ?? undefined;

  return (
    <>
      <PageHeading title="Vergleich der Jobcenter" />
      <p className="lead">
        Der kreisinterne Kennzahlenvergleich stellt die örtlichen Jobcenter eines Trägers
        nebeneinander. Statt Rangplätzen zeigt er die Verteilung: Median, Quartile, Spannweite.
      </p>
      <form
        className="filters"
        aria-label="Auswahl des Vergleichs"
        onSubmit={(e) => e.preventDefault()}
      >
        {traeger.length > 0 && (
          <div className="field">
            <label htmlFor="vg-traeger">Träger</label>
            <select
              id="vg-traeger"
              value={parent ?? ''}
              onChange={(e) => set({ traeger: e.target.value })}
            >
              {traeger.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="vg-monat">Berichtsmonat</label>
          <select
            id="vg-monat"
            value={month ?? ''}
            onChange={(e) => set({ monat: e.target.value || undefined })}
          >
            {month === undefined && <option value="">neuester</option>}
            {monthOptions(stands.data?.[0]?.stand, month).map((m) => (
              <option key={m} value={m}>
                {formatMonthYearDe(Number(m.slice(0, 4)), Number(m.slice(5, 7)))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="vg-geschlecht">Personen</label>
          <select
            id="vg-geschlecht"
            value={sex}
            onChange={(e) => set({ geschlecht: e.target.value as typeof sex })}
          >
            {SEXES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="vg-kennzahl">Kennzahl im Detail</label>
          <select
            id="vg-kennzahl"
            value={kennzahl}
            onChange={(e) => set({ kennzahl: e.target.value })}
          >
            {KENNZAHL_IDS.map((id) => (
              <option key={id} value={id}>
                {id} –{' '}
                {month === undefined
                  ? KENNZAHL_DEFINITIONS[id].name
                  : kennzahlNameOfMonth(id, month)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryState query={comparison} what="Der Vergleich">
        {(c) => {
          const row = c.rows.find((r) => r.kennzahl === kennzahl);
          const title = `Kreisinterner Kennzahlenvergleich ${c.parent.name}`;
          return (
            <section aria-labelledby="kreis-heading">
              <h2 id="kreis-heading">
                {title}: {c.members.length} örtliche Jobcenter
                {c.month ? `, ${formatMonth(c.month)}` : ''}
              </h2>
              <p>
                {c.stand !== null && <>Datenstand {formatDateDe(c.stand)}. </>}
                {c.viewer.microdataRights
                  ? 'Sie sehen alle Werte Ihrer Jobcenter (Berechtigung für Sozialdaten).'
                  : `Ohne Berechtigung für Sozialdaten sind geschützte Werte durch ${PROTECTED_SYMBOL} ersetzt.`}
              </p>
              {c.month === null ? (
                <p>Für diesen Träger sind keine Kennzahlen geladen.</p>
              ) : (
                <>
                  {row !== undefined && (
                    <>
                      <h3>
                        {row.kennzahl} {row.name}
                      </h3>
                      <KennzahlDetail row={row} members={c.members} reference={c.parent} />
                      <ExportButtons
                        table={() =>
                          detailExport(
                            `${title} ${row.kennzahl} ${c.month}`,
                            row,
                            c.members,
                            c.stand,
                          )
                        }
                      />
                    </>
                  )}
                  <h3>Alle Kennzahlen und Ergänzungsgrößen</h3>
                  <ComparisonMatrix
                    id="kreis"
                    caption={`${title}, ${formatMonth(c.month)}, ${SEXES.find((s) => s.value === sex)?.label}: Werte je Jobcenter, der Träger gesamt und die Verteilung`}
                    members={c.members}
                    rows={c.rows}
                    reference={c.parent}
                  />
                  <ExportButtons
                    table={() => matrixExport(`${title} ${c.month}`, c.rows, c.members, c.stand)}
                  />
                </>
              )}
            </section>
          );
        }}
      </QueryState>
      <VergleichstypSection unit={parent} month={search.monat} sex={sex} />
    </>
  );
}
