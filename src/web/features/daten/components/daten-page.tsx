/**
 * Daten: the loaded Datenstände with source and the version of the Kennzahlen rules that computed
 * them, and for a unit the quality of its figures — what is
 * provisional, missing or revised (kennzahlen.md §5: figures are final after a three-month
 * Wartezeit and get revised; a new Datenstand never overwrites an old one).
 */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { KENNZAHL_IDS } from '../../../../domain/kpi/catalog.ts';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { defaultUnit, UnitSelect } from '../../../components/unit-select.tsx';
import { useDatenstaende, useUnits, useViewer } from '../../../lib/shared-queries.ts';
import { useKennzahlValues } from '../../kennzahlen/api/use-kennzahlen.ts';
import { summariseQuality } from '../lib/quality.ts';
import { ComputedByNote } from './computed-by-note.tsx';
import { DatenstaendeTable } from './datenstaende-table.tsx';
import { QualityTable } from './quality-table.tsx';
import { Revisions } from './revisions.tsx';

export function DatenPage() {
  const search = useSearch({ from: '/daten' });
  const navigate = useNavigate({ from: '/daten' });
  const stands = useDatenstaende();
  const units = useUnits();
  const viewer = useViewer();
  const unitId =
    search.einheit ?? (units.data ? defaultUnit(units.data, viewer.data?.unitId) : undefined);
  const values = useKennzahlValues(unitId);
  const rows = useMemo(
    () => (values.data ? summariseQuality(values.data.values, KENNZAHL_IDS) : null),
    [values.data],
  );
  const missingTotal = rows?.reduce((sum, r) => sum + r.counts.fehlend, 0) ?? 0;
  const provisionalTotal = rows?.reduce((sum, r) => sum + r.counts.vorlaeufig, 0) ?? 0;
  return (
    <>
      <PageHeading title="Datenstände und Qualität" />
      <p className="lead">
        Welche Zahlen geladen sind, woher sie stammen und wie verlässlich sie sind: vorläufig,
        fehlend oder revidiert.
      </p>
      <section aria-labelledby="staende-heading">
        <h2 id="staende-heading">Datenstände</h2>
        <p>
          Zahlen der BA sind nach drei Monaten Wartezeit endgültig und werden etwa vier Monate nach
          dem Stichtag veröffentlicht. „Aktuell“ nimmt je Monat den Wert des neuesten Datenstands,
          der ihn enthält.
        </p>
        <QueryState query={stands} what="Die Datenstände">
          {(list) => <DatenstaendeTable stands={list} />}
        </QueryState>
        <ComputedByNote />
      </section>
      <section aria-labelledby="qualitaet-heading">
        <h2 id="qualitaet-heading">Qualität der Werte</h2>
        {units.data && unitId !== undefined && (
          <form className="filters" aria-label="Einheit" onSubmit={(e) => e.preventDefault()}>
            <UnitSelect
              id="daten-einheit"
              label="Einheit"
              units={units.data}
              value={unitId}
              onChange={(einheit) => navigate({ search: { einheit }, replace: true })}
            />
          </form>
        )}
        <QueryState query={values} what="Die Werte">
          {() =>
            rows && (
              <>
                <p>
                  {missingTotal} Monatswerte fehlen, {provisionalTotal} sind vorläufig. Ein Wert
                  fehlt, wenn seine Grundlage außerhalb des Beobachtungszeitraums liegt (etwa 24
                  Monate Vorlauf für Langzeitleistungsbezieher, zwölf Vormonate für Quoten,
                  Nachbeobachtung für die Nachhaltigkeit) oder der Nenner null ist — fehlend heißt
                  nie „0“.
                </p>
                <QualityTable rows={rows} />
              </>
            )
          }
        </QueryState>
        <h3>Revisionen</h3>
        {unitId !== undefined && stands.data && <Revisions unitId={unitId} stands={stands.data} />}
      </section>
    </>
  );
}
