import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Metric } from '../agreements/criteria.ts';
import {
  FORECAST_SERIES,
  forecastSeriesOf,
  forecastSizeOf,
  forecastYearEnd,
  pointForecast,
  type ForecastBands,
} from './forecast.ts';
import { FORECAST_BANDS } from './forecast-bands.ts';
import { makeSnapshot } from './test-fixtures.ts';

const pooled = Array.from({ length: 11 }, (_, i) => ({ low: -0.02 - i / 1000, high: 0.03 }));
const scaled = Array.from({ length: 11 }, () => ({ low: -0.2, high: 0.4 }));
const table = (b: typeof pooled) => ({
  jahresfortschrittswert: b,
  jahresdurchschnitt: b,
  jahressumme: b,
  kennzahl: b,
  bestand: b,
});
const BANDS: ForecastBands = { level: 0.8, scaled: table(scaled), pooled: table(pooled) };
const JFW_2013 = [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24.2];
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('point forecast: reference December × current / reference month', () => {
  // 24.2 · 6.04 / 6 = 24.361333…
  close(pointForecast(6.04, 6, 24.2)!, 24.3613333333333);
  assert.equal(pointForecast(5, 0, 24.2), null);
});

test('interval from the pooled bands without a size, from the scaled bands with one', () => {
  const snapshot = makeSnapshot([2, 4, 6.04], JFW_2013);
  const f = (24.2 * 6.04) / 6;
  // March = index 2 of the pooled table: low −0.022, high 0.03.
  const unsized = forecastYearEnd(snapshot, 'jahresfortschrittswert', BANDS)!;
  close(unsized.value, f);
  close(unsized.low, f * Math.exp(-0.022));
  close(unsized.high, f * Math.exp(0.03));
  assert.equal(unsized.fromMonth, 3);
  assert.equal(unsized.level, 0.8);
  assert.match(unsized.method, /^Vorjahresverhältnis/);
  // Size 400: exp(−0.2/20), exp(0.4/20).
  const sized = forecastYearEnd(snapshot, 'jahresfortschrittswert', BANDS, 400)!;
  close(sized.low, f * Math.exp(-0.01));
  close(sized.high, f * Math.exp(0.02));
  // A size of 0 is no size.
  close(forecastYearEnd(snapshot, 'jahresfortschrittswert', BANDS, 0)!.low, unsized.low);
});

test('no forecast from December, without data, or without the reference months', () => {
  assert.equal(
    forecastYearEnd(makeSnapshot(JFW_2013, JFW_2013), 'jahresfortschrittswert', BANDS),
    null,
  );
  assert.equal(forecastYearEnd(makeSnapshot([], JFW_2013), 'jahresfortschrittswert', BANDS), null);
  assert.equal(
    forecastYearEnd(
      makeSnapshot([2, 4, 6], [2, 4, null, ...JFW_2013.slice(3)]),
      'jahresfortschrittswert',
      BANDS,
    ),
    null,
  );
  assert.equal(
    forecastYearEnd(
      makeSnapshot([2, 4, 6], [...JFW_2013.slice(0, 11), null]),
      'jahresfortschrittswert',
      BANDS,
    ),
    null,
  );
  assert.equal(
    forecastYearEnd(
      makeSnapshot([2, 4, 6], [2, 4, 0, ...JFW_2013.slice(3)]),
      'jahresfortschrittswert',
      BANDS,
    ),
    null,
  );
  assert.equal(forecastYearEnd(makeSnapshot([2, 4, 6], JFW_2013), null, BANDS), null);
});

test('a month marked fehlend is skipped: the forecast starts from the month before', () => {
  const snapshot = makeSnapshot([2, 4.1, 6], JFW_2013);
  snapshot.current[2] = { value: 6, quality: 'fehlend' };
  const forecast = forecastYearEnd(snapshot, 'jahresfortschrittswert', BANDS)!;
  assert.equal(forecast.fromMonth, 2);
  close(forecast.value, (24.2 * 4.1) / 4);
});

test('which bands a metric uses, and which has none', () => {
  const cases: [Metric, string | null][] = [
    [{ source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' }, 'jahresfortschrittswert'],
    [{ source: 'kennzahl', id: 'JDW_LZB', sex: 'w' }, 'jahresdurchschnitt'],
    [{ source: 'kennzahl', id: 'K2', sex: 'insgesamt' }, 'kennzahl'],
    [{ source: 'kennzahl', id: 'K1', sex: 'insgesamt' }, null],
    [{ source: 'kennzahl', id: 'K3', sex: 'insgesamt' }, null],
    [
      { source: 'grundgroesse', id: 'INT', sex: 'insgesamt', aggregation: 'jahressumme' },
      'jahressumme',
    ],
    [{ source: 'grundgroesse', id: 'LZB', sex: 'insgesamt', aggregation: 'monatswert' }, 'bestand'],
    [{ source: 'grundgroesse', id: 'INT', sex: 'insgesamt', aggregation: 'monatswert' }, null],
    [{ source: 'lokal', indicatorId: 'u25', aggregation: 'monatswert' }, 'bestand'],
    [
      { source: 'lokal', indicatorId: 'u25', aggregation: 'jahresdurchschnitt' },
      'jahresdurchschnitt',
    ],
  ];
  for (const [metric, expected] of cases)
    assert.equal(forecastSeriesOf(metric), expected, JSON.stringify(metric));
});

test('counts bring their own size, quotas and money do not', () => {
  const snapshot = makeSnapshot(
    [100],
    [90, 180, 270, 360, 450, 540, 630, 720, 810, 900, 990, 1080],
  );
  assert.equal(
    forecastSizeOf(
      { source: 'grundgroesse', id: 'INT', sex: 'insgesamt', aggregation: 'jahressumme' },
      snapshot,
    ),
    1080,
  );
  assert.equal(
    forecastSizeOf({ source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' }, snapshot),
    1080,
  );
  assert.equal(
    forecastSizeOf({ source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' }, snapshot),
    null,
  );
  assert.equal(
    forecastSizeOf(
      { source: 'grundgroesse', id: 'LLU', sex: 'insgesamt', aggregation: 'jahressumme' },
      snapshot,
    ),
    null,
  );
  assert.equal(
    forecastSizeOf(
      { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
      makeSnapshot([100], [90]),
    ),
    null,
  );
});

test('the shipped bands: eleven months each, ordered, narrowing as the year fills', () => {
  for (const kind of ['scaled', 'pooled'] as const) {
    for (const series of FORECAST_SERIES) {
      const bands = FORECAST_BANDS[kind][series];
      assert.equal(bands.length, 11, `${kind} ${series}`);
      for (const b of bands) assert.ok(b.low < b.high, `${kind} ${series}`);
      const width = (i: number) => bands[i]!.high - bands[i]!.low;
      // From November one month is left to chance, from January eleven: the interval must be far narrower.
      assert.ok(width(10) < width(0) / 2, `${kind} ${series}: ${width(10)} vs ${width(0)}`);
    }
  }
  assert.equal(FORECAST_BANDS.level, 0.8);
});
