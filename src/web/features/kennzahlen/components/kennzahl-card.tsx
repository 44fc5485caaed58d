/**
 * One Kennzahl of one unit: the figure of the report month with the previous year, what is
 * counted, numerator and denominator by sex, the course over all months, and the monthly table.
 */
import { useState } from 'react';
import { KENNZAHL_DEFINITIONS, type KennzahlId } from '../../../../domain/kpi/catalog.ts';
import { formatFigure, formatMonth, formatMonthYearDe } from '../../../lib/format.ts';
import { figureOf, type SeriesIndex, type SexKey } from '../lib/kennzahl-series.ts';
import { PART_UNIT_WORDS, ZAEHLER_NENNER } from '../lib/zaehler-nenner.ts';
import { PartCell, Suppressed, ValueCell } from './figure-cell.tsx';
import { Sparkline } from './sparkline.tsx';

const SEXES: { key: SexKey; label: string; color: string; dash?: string }[] = [
  { key: 'insgesamt', label: 'insgesamt', color: '#0b3d66' },
  { key: 'w', label: 'Frauen', color: '#8e1b1b', dash: '5 3' },
  { key: 'm', label: 'Männer', color: '#4a5561', dash: '1.5 2.5' },
];

interface Props {
  id: KennzahlId;
  index: SeriesIndex;
  month: string;
  months: string[];
}

export function KennzahlCard({ id, index, month, months }: Props) {
  const [showMonths, setShowMonths] = useState(false);
  const def = KENNZAHL_DEFINITIONS[id];
  const parts = ZAEHLER_NENNER[id];
  const current = figureOf(index, id, 'insgesamt', month);
  const previousMonth = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  const previous = figureOf(index, id, 'insgesamt', previousMonth);
  const headingId = `kz-${id}`;
  const fmt = (v: number | null | undefined) => formatFigure(v ?? null, def.unit, 1);
  return (
    <article className="kennzahl-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="kennzahl-id">{id}</span> {def.name}
      </h3>
      <p className="kennzahl-value">
        {current?.suppressed ? (
          <Suppressed />
        ) : current?.value == null ? (
          'fehlt'
        ) : (
          fmt(current.value)
        )}
        <span className="row-sub">
          {formatMonthYearDe(Number(month.slice(0, 4)), Number(month.slice(5, 7)))} · Vorjahresmonat{' '}
          {previous?.suppressed ? 'unterdrückt' : fmt(previous?.value)}
        </span>
      </p>
      <p className="definition">
        <strong>Was gezählt wird:</strong> {def.definition}
      </p>
      <dl className="parts">
        <dt>Zähler</dt>
        <dd>
          {parts.zaehler.label} ({PART_UNIT_WORDS[parts.zaehler.unit]})
        </dd>
        <dt>Nenner</dt>
        <dd>
          {parts.nenner.label} ({PART_UNIT_WORDS[parts.nenner.unit]})
        </dd>
      </dl>
      <table className="data-table">
        <caption>
          {id} nach Geschlecht, {formatMonth(month)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Personen</th>
            <th scope="col" className="num">
              Wert
            </th>
            <th scope="col" className="num">
              Zähler
            </th>
            <th scope="col" className="num">
              Nenner
            </th>
          </tr>
        </thead>
        <tbody>
          {SEXES.map((s) => {
            const f = figureOf(index, id, s.key, month);
            return (
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                <ValueCell figure={f} unit={def.unit} />
                <PartCell figure={f} part="zaehler" unit={parts.zaehler.unit} />
                <PartCell figure={f} part="nenner" unit={parts.nenner.unit} />
              </tr>
            );
          })}
        </tbody>
      </table>
      <Sparkline
        title={`Verlauf ${id} ${formatMonth(months[0] ?? month)} bis ${formatMonth(months.at(-1) ?? month)}`}
        series={SEXES.map((s) => ({
          label: s.label,
          color: s.color,
          dash: s.dash,
          values: months.map((m) => figureOf(index, id, s.key, m)?.value ?? null),
        }))}
      />
      <p className="chart-note">
        Verlauf {formatMonth(months[0] ?? month)} bis {formatMonth(months.at(-1) ?? month)}:
        durchgezogen insgesamt, gestrichelt Frauen, gepunktet Männer.
      </p>
      <details onToggle={(e) => setShowMonths((e.target as HTMLDetailsElement).open)}>
        <summary>Alle Monatswerte von {id}</summary>
        {showMonths && (
          <div className="table-wrap">
            <table className="data-table">
              <caption>{id} je Monat</caption>
              <thead>
                <tr>
                  <th scope="col">Monat</th>
                  {SEXES.map((s) => (
                    <th key={s.key} scope="col" className="num">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...months].reverse().map((m) => (
                  <tr key={m}>
                    <th scope="row">{formatMonth(m)}</th>
                    {SEXES.map((s) => (
                      <ValueCell
                        key={s.key}
                        figure={figureOf(index, id, s.key, m)}
                        unit={def.unit}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </article>
  );
}
