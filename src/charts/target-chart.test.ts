import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LineSeriesOption } from 'echarts';
import { makeSnapshot, makeTarget, ZIEL_II } from '../domain/monitoring/test-fixtures.ts';
import { assessTarget } from '../domain/monitoring/attainment.ts';
import { renderChartSvg } from '../documents/render/chart-svg.ts';
import { buildTargetChartModel } from './target-chart-data.ts';
import { buildTargetChartOption, formatChartValue } from './target-chart.ts';
import type { TargetChartModel } from './target-chart-model.ts';

const MODEL: TargetChartModel = {
  title: 'Integrationsquote (Jahresfortschrittswert) 2014',
  unit: 'percent',
  decimals: 1,
  year: 2014,
  referenceYear: 2013,
  current: [2, 4, 6, 8, null, null, null, null, null, null, null, null],
  reference: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24],
  path: null,
  threshold: 24.12,
  forecast: { value: 25, low: 23, high: 27, fromMonth: 4, level: 0.8 },
};

const seriesOf = (m: TargetChartModel) => buildTargetChartOption(m).series as LineSeriesOption[];

describe('target chart option', () => {
  it('draws this year, the reference year, the threshold and the forecast fan from the last month with data', () => {
    const series = seriesOf(MODEL);
    assert.deepEqual(
      series.map((s) => s.name),
      ['2014', '2013', 'Prognose', 'Prognoseintervall (unten)', 'Prognoseintervall 80 %'],
    );
    assert.deepEqual((series[0]!.markLine as { data: unknown[] }).data, [{ yAxis: 24.12 }]);
    // April (index 3) = 8 to December 25 over 8 steps: 8 + 17/8 per month; May = 10.125
    assert.deepEqual(series[2]!.data!.slice(2, 5), [null, 8, 10.125]);
    assert.equal(series[2]!.data![11], 25);
    // the band: lower edge 8 → 23, width 0 → 4 (27 − 23)
    assert.equal(series[3]!.data![11], 23);
    assert.equal(series[4]!.data![3], 0);
    assert.equal(series[4]!.data![11], 4);
    const legend = buildTargetChartOption(MODEL).legend as { data: string[] };
    assert.ok(!legend.data.includes('Prognoseintervall (unten)'));
  });

  it('adds the Soll-Verlauf and leaves out what the model does not have', () => {
    const series = seriesOf({
      ...MODEL,
      path: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      forecast: null,
      threshold: null,
    });
    assert.deepEqual(
      series.map((s) => s.name),
      ['2014', '2013', 'Soll-Verlauf'],
    );
    assert.equal(series[0]!.markLine, undefined);
  });

  it('shows the interval in the tooltip as its bounds, not as the stacked width', () => {
    const tooltip = buildTargetChartOption(MODEL).tooltip as {
      formatter: (params: unknown[]) => string;
    };
    const december = [
      { seriesName: '2014', dataIndex: 11, value: null },
      { seriesName: 'Prognose', dataIndex: 11, value: 25 },
      { seriesName: 'Prognoseintervall (unten)', dataIndex: 11, value: 23 },
      { seriesName: 'Prognoseintervall 80 %', dataIndex: 11, value: 4 },
    ];
    assert.equal(
      tooltip.formatter(december),
      'Dez<br>Prognose: 25,0 %<br>Prognoseintervall 80 %: 23,0 % – 27,0 %',
    );
  });

  it('formats figures German', () => {
    assert.equal(formatChartValue(24.12, MODEL), '24,1 %');
    assert.equal(formatChartValue(6815.08, { unit: 'count', decimals: 0 }), '6.815');
  });
});

describe('target chart data', () => {
  it('takes the December threshold from the criterion and the forecast from the assessment', () => {
    // Ziel II: previous December 24,0 → threshold 24,0 · 1,005 = 24,12
    const target = makeTarget(ZIEL_II);
    const snapshot = makeSnapshot([2, 4, 6, 8], [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    const assessment = assessTarget(target, { today: '2014-06-30', snapshot, partStatuses: {} });
    const model = buildTargetChartModel(target, snapshot, assessment)!;
    assert.equal(model.title, 'Jahresfortschrittswert der Integrationsquote 2014');
    assert.ok(Math.abs(model.threshold! - 24.12) < 1e-9);
    assert.deepEqual([model.unit, model.decimals, model.referenceYear], ['percent', 1, 2013]);
    assert.equal(model.forecast?.fromMonth, 4);
    assert.equal(
      buildTargetChartModel(
        makeTarget({
          kind: 'meilenstein',
          condition: 'x',
          due: '2014-12-31',
          evidence: null,
          state: 'offen',
          stateNote: null,
        }),
        null,
        null,
      ),
      null,
    );
  });
});

describe('chart SVG', () => {
  it('renders on the server with German month names and axis labels', () => {
    const svg = renderChartSvg(buildTargetChartOption(MODEL), 640, 280);
    assert.match(svg, /^<svg width="640" height="280"/);
    for (const text of ['Mär', 'Dez', '24,1 %', 'Prognoseintervall 80 %', 'Libertinus Serif'])
      assert.ok(svg.includes(text), text);
  });
});
