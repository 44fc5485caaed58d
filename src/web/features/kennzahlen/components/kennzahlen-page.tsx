/**
 * Kennzahlen: for any unit the user may see, every Kennzahl and Ergänzungsgröße over time, by
 * sex, with numerator, denominator and what is counted beside the figure.
 */
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { computedByLabel, KENNZAHLEN_VERTRAG } from '../../../../domain/kpi/contract-version.ts';
import { PageHeading } from '../../../components/page-heading.tsx';
import { ErrorMessage, Loading } from '../../../components/query-state.tsx';
import { defaultUnit, UnitSelect } from '../../../components/unit-select.tsx';
import { formatDateDe } from '../../../lib/format.ts';
import { useUnits, useViewer } from '../../../lib/shared-queries.ts';
import { useKennzahlValues } from '../api/use-kennzahlen.ts';
import { indexFigures, monthRange } from '../lib/kennzahl-series.ts';
import { KENNZAHL_GROUPS } from '../lib/zaehler-nenner.ts';
import { KennzahlCard } from './kennzahl-card.tsx';

export function KennzahlenPage() {
  const search = useSearch({ from: '/kennzahlen' });
  const navigate = useNavigate({ from: '/kennzahlen' });
  const units = useUnits();
  const viewer = useViewer();
  const unitId =
    search.einheit ?? (units.data ? defaultUnit(units.data, viewer.data?.unitId) : undefined);
  const data = useKennzahlValues(unitId);
  const prepared = useMemo(() => {
    if (!data.data) return null;
    // a withheld figure is a figure (shown as the mark), so its month belongs to the range
    const withValue = data.data.values
      .filter((v) => v.value !== null || v.suppressed !== null)
      .map((v) => v.month)
      .sort();
    const first = withValue[0];
    const last = withValue.at(-1);
    if (first === undefined || last === undefined)
      return { index: indexFigures([]), months: [], years: [], stand: null };
    const years = [...new Set(withValue.map((m) => Number(m.slice(0, 4))))].sort((a, b) => b - a);
    const stand =
      data.data.values
        .map((v) => v.stand)
        .sort()
        .at(-1) ?? null;
    return {
      index: indexFigures(data.data.values),
      months: monthRange(first, last),
      years,
      stand,
    };
  }, [data.data]);
  const unit = units.data?.find((u) => u.id === unitId);
  const year = search.jahr ?? prepared?.years[0];
  const lastMonth = prepared?.months.at(-1);
  const month =
    year === undefined || lastMonth === undefined
      ? undefined
      : lastMonth.startsWith(String(year))
        ? lastMonth
        : `${year}-12`;

  return (
    <>
      <PageHeading title={unit ? `Kennzahlen: ${unit.name}` : 'Kennzahlen'} />
      <p className="lead">
        Jede Kennzahl nach § 48a SGB II mit Zähler, Nenner und dem, was gezählt wird. Integrationen
        sind Ereignisse: eine Person kann in einem Jahr mehrmals integriert werden.
      </p>
      <p>
        Was gezählt wird, folgt den {computedByLabel(KENNZAHLEN_VERTRAG)}; nach welcher Version ein
        Datenstand berechnet wurde und was sich geändert hat, zeigt die Seite{' '}
        <Link to="/daten">Daten</Link>.
      </p>
      {units.isError && <ErrorMessage error={units.error} what="Die Einheiten" />}
      {units.data && unitId !== undefined && (
        <form className="filters" aria-label="Auswahl" onSubmit={(e) => e.preventDefault()}>
          <UnitSelect
            id="kz-einheit"
            label="Einheit"
            units={units.data}
            value={unitId}
            onChange={(einheit) => navigate({ search: (s) => ({ ...s, einheit }), replace: true })}
          />
          {prepared && prepared.years.length > 0 && (
            <div className="field">
              <label htmlFor="kz-jahr">Berichtsjahr</label>
              <select
                id="kz-jahr"
                value={year}
                onChange={(e) =>
                  navigate({
                    search: (s) => ({ ...s, jahr: Number(e.target.value) }),
                    replace: true,
                  })
                }
              >
                {prepared.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          )}
        </form>
      )}
      {data.isPending && unitId !== undefined && <Loading what="Die Kennzahlen" />}
      {data.isError && <ErrorMessage error={data.error} what="Die Kennzahlen" />}
      {prepared && month !== undefined && (
        <>
          <p>
            Berichtsmonat {month.slice(5, 7)}/{month.slice(0, 4)}
            {prepared.stand ? `, Datenstand ${formatDateDe(prepared.stand)}` : ''}.
          </p>
          {KENNZAHL_GROUPS.map((group, i) => (
            <section key={group.title} aria-labelledby={`gruppe-${i}`}>
              <h2 id={`gruppe-${i}`}>{group.title}</h2>
              <p>{group.intro}</p>
              <div className="kennzahl-grid">
                {group.ids.map((id) => (
                  <KennzahlCard
                    key={id}
                    id={id}
                    index={prepared.index}
                    month={month}
                    months={prepared.months}
                  />
                ))}
              </div>
            </section>
          ))}
        </>
      )}
      {prepared && month === undefined && <p>Für diese Einheit sind keine Kennzahlen geladen.</p>}
    </>
  );
}
