/**
 * One Kennzahl of one unit: the figure of the report month with the previous year, what is
 * counted, numerator and denominator by sex, the course over all months, and the monthly table.
 */
import { useState } from 'react';
import { kennzahlDisplayDecimals } from '../../../../domain/agreements/display-decimals.ts';
import { KENNZAHL_DEFINITIONS, type KennzahlId } from '../../../../domain/kpi/catalog.ts';
import { kennzahlNameOfMonth } from '../../../../domain/kpi/kennzahl-name.ts';
import {
  ChartProtectionNote,
  ProtectedMark,
  ProtectionNote,
} from '../../../components/protection.tsx';
import { formatFigure, formatMonth, formatMonthYearDe } from '../../../lib/format.ts';
import { figureOf, withheldMonths, type SeriesIndex, type SexKey } from '../lib/kennzahl-series.ts';
import { PART_UNIT_WORDS, ZAEHLER_NENNER } from '../lib/zaehler-nenner.ts';
import { PartCell, ValueCell } from './figure-cell.tsx';
import { MonthTable } from './month-table.tsx';
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
  const fmt = (v: number | null | undefined) =>
    formatFigure(v ?? null, def.unit, kennzahlDisplayDecimals(id));
  const withheldNow = SEXES.some((s) => figureOf(index, id, s.key, month)?.suppressed != null);
  return (
    <article className="kennzahl-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="kennzahl-id">{id}</span> {kennzahlNameOfMonth(id, month)}
      </h3>
      <p className="kennzahl-value">
        {current?.suppressed != null ? (
          <ProtectedMark />
        ) : current?.value == null ? (
          'fehlt'
        ) : (
          fmt(current.value)
        )}
        <span className="row-sub">
          {formatMonthYearDe(Number(month.slice(0, 4)), Number(month.slice(5, 7)))} · Vorjahresmonat{' '}
          {previous?.suppressed != null ? <ProtectedMark /> : fmt(previous?.value)}
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
                <ValueCell figure={f} id={id} />
                <PartCell figure={f} part="zaehler" unit={parts.zaehler.unit} id={id} />
                <PartCell figure={f} part="nenner" unit={parts.nenner.unit} id={id} />
              </tr>
            );
          })}
        </tbody>
      </table>
      <ProtectionNote shown={withheldNow} />
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
      <ChartProtectionNote
        series={SEXES.map((s) => ({
          label: s.label,
          months: withheldMonths(index, id, s.key, months),
        }))}
      />
      <details onToggle={(e) => setShowMonths((e.target as HTMLDetailsElement).open)}>
        <summary>Alle Monatswerte von {id}</summary>
        {showMonths && <MonthTable id={id} index={index} months={months} sexes={SEXES} />}
      </details>
    </article>
  );
}
