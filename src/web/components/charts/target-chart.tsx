/**
 * The chart of a quantitative target (year-to-date path against the previous year, target path,
 * threshold and forecast band) with its figures as a table beside it: the table is what a
 * screen reader reads and what shows when the chart cannot be drawn.
 */
import { useEffect, useRef, useState } from 'react';
import type { TargetChartModel } from '../../../charts/target-chart-model.ts';
import { formatFigure, monthNameDe } from '../../lib/format.ts';
import { loadChartRuntime } from './load-chart.ts';

function describe(model: TargetChartModel): string {
  const last = model.current.reduce<number>((found, v, i) => (v === null ? found : i), -1);
  const fmt = (v: number | null | undefined) => formatFigure(v ?? null, model.unit, model.decimals);
  if (last < 0) return `${model.title}: noch keine Werte.`;
  const parts = [
    `${model.title}: ${monthNameDe(last + 1)} ${fmt(model.current[last])}, Vorjahr ${fmt(model.reference[last])}`,
  ];
  if (model.threshold !== null) parts.push(`Zielwert Dezember ${fmt(model.threshold)}`);
  if (model.forecast !== null)
    parts.push(
      `Prognose Dezember ${fmt(model.forecast.value)} (${fmt(model.forecast.low)} bis ${fmt(model.forecast.high)})`,
    );
  return `${parts.join('; ')}.`;
}

function ValueTable({ model, id }: { model: TargetChartModel; id: string }) {
  const fmt = (v: number | null | undefined) => formatFigure(v ?? null, model.unit, model.decimals);
  return (
    <div className="table-wrap">
      <table className="data-table" id={id}>
        <caption>Werte zur Grafik: {model.title}</caption>
        <thead>
          <tr>
            <th scope="col">Monat</th>
            <th scope="col" className="num">
              {model.year}
            </th>
            <th scope="col" className="num">
              {model.referenceYear}
            </th>
            {model.path !== null && (
              <th scope="col" className="num">
                Soll-Verlauf
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {model.current.map((value, i) => (
            <tr key={i}>
              <th scope="row">{monthNameDe(i + 1)}</th>
              <td className="num">{fmt(value)}</td>
              <td className="num">{fmt(model.reference[i])}</td>
              {model.path !== null && <td className="num">{fmt(model.path[i])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TargetChart({ model, id }: { model: TargetChartModel; id: string }) {
  const element = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'unavailable'>('loading');
  useEffect(() => {
    let disposed = false;
    let chart: { resize(): void; dispose(): void } | null = null;
    const onResize = () => chart?.resize();
    void loadChartRuntime().then((runtime) => {
      if (disposed || element.current === null) return;
      if (runtime === null) {
        setState('unavailable');
        return;
      }
      const instance = runtime.init(element.current);
      instance.setOption(runtime.buildOption(model));
      chart = instance;
      window.addEventListener('resize', onResize);
      setState('drawn');
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [model]);
  const summary = describe(model);
  return (
    <figure className="target-chart">
      <div
        ref={element}
        className="chart"
        role="img"
        aria-label={summary}
        hidden={state === 'unavailable'}
        data-chart-state={state}
      />
      <figcaption className="chart-note">
        {summary}
        {state === 'unavailable' &&
          ' (Die Grafik steht noch nicht bereit; die Werte stehen in der Tabelle.)'}
      </figcaption>
      <details open={state === 'unavailable'}>
        <summary>Werte als Tabelle</summary>
        <ValueTable model={model} id={`${id}-werte`} />
      </details>
    </figure>
  );
}
