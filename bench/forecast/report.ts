/** Tables of the backtest: error and coverage per series and starting month, and the fitted bands as TypeScript. */
import {
  FORECAST_SERIES,
  type ForecastBand,
  type ForecastBands,
  type ForecastSeries,
} from '../../src/domain/monitoring/forecast.ts';
import type { ForecastCase } from './errors.ts';
import { SERIES } from './series.ts';

const pct = (x: number, digits = 1) => (x * 100).toFixed(digits);
const signedPct = (x: number, digits = 1) => `${x >= 0 ? '+' : ''}${pct(x, digits)}`;
const share = (flags: readonly boolean[]) =>
  flags.length === 0 ? NaN : flags.filter(Boolean).length / flags.length;

export interface TestCase extends ForecastCase {
  /** whether the interval with the size covers the actual value */
  covered: boolean;
  /** the same without the size (pooled bands) */
  coveredPooled: boolean;
}

/** Coverage in the smallest, middle and largest third of the cases by size. */
function coverageByThirds(cases: readonly TestCase[]): string {
  const sorted = [...cases].sort((a, b) => a.size - b.size);
  const third = Math.ceil(sorted.length / 3);
  return [sorted.slice(0, third), sorted.slice(third, 2 * third), sorted.slice(2 * third)]
    .map((part) => pct(share(part.map((c) => c.covered)), 0).padStart(3))
    .join('/');
}

/** The interval around F at a given size, as relative bounds. */
function intervalAt(band: ForecastBand, size: number): string {
  return `${signedPct(Math.exp(band.low / Math.sqrt(size)) - 1)} … ${signedPct(Math.exp(band.high / Math.sqrt(size)) - 1)}`;
}

/**
 * Per series and starting month on the test cases: MAPE, bias (mean of actual/F − 1), coverage
 * of the interval with the size (overall and by thirds of size) and without it (pooled), and
 * the interval the fitted bands give the Träger (unit `traegerId`).
 */
export function formatSeriesTables(
  test: readonly TestCase[],
  bands: ForecastBands,
  traegerId: string,
): string[] {
  const lines: string[] = [];
  for (const spec of SERIES) {
    const ofSeries = test.filter((c) => c.series === spec.name);
    const traeger = ofSeries.filter((c) => c.unit === traegerId);
    const traegerSize = traeger.reduce((s, c) => s + c.size, 0) / Math.max(traeger.length, 1);
    lines.push('', `${spec.name} (bands '${spec.band}'; Träger size ≈ ${traegerSize.toFixed(0)})`);
    lines.push(
      ' from     n  MAPE %  bias %  coverage: sized  small/mid/large  pooled  |  Träger interval (sized)',
    );
    for (let month = 1; month <= 11; month++) {
      const cases = ofSeries.filter((c) => c.fromMonth === month);
      if (cases.length === 0) continue;
      const mape =
        cases.reduce((s, c) => s + Math.abs(c.actual - c.forecast) / Math.abs(c.actual), 0) /
        cases.length;
      const bias = cases.reduce((s, c) => s + c.actual / c.forecast - 1, 0) / cases.length;
      const band = bands.scaled[spec.band][month - 1]!;
      lines.push(
        `  ${String(month).padStart(2)}  ${String(cases.length).padStart(5)}  ${pct(mape).padStart(6)}  ${signedPct(bias).padStart(6)}  ${pct(share(cases.map((c) => c.covered))).padStart(15)}  ${coverageByThirds(cases).padStart(15)}  ${pct(share(cases.map((c) => c.coveredPooled))).padStart(6)}  |  ${intervalAt(band, traegerSize)}`,
      );
    }
    lines.push(
      `  all ${String(ofSeries.length).padStart(5)}  coverage sized ${pct(share(ofSeries.map((c) => c.covered)))} %, pooled ${pct(share(ofSeries.map((c) => c.coveredPooled)))} % (nominal ${pct(bands.level, 0)} %)`,
    );
  }
  return lines;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Rounded to four places so that the table in the source stays readable. */
export function roundBands(bands: ForecastBands): ForecastBands {
  const roundAll = (table: Record<ForecastSeries, readonly ForecastBand[]>) => {
    const out = { ...table };
    for (const s of FORECAST_SERIES)
      out[s] = table[s].map((b) => ({ low: round4(b.low), high: round4(b.high) }));
    return out;
  };
  return { level: bands.level, scaled: roundAll(bands.scaled), pooled: roundAll(bands.pooled) };
}

export function sameBands(a: ForecastBands, b: ForecastBands): boolean {
  const same = (
    x: Record<ForecastSeries, readonly ForecastBand[]>,
    y: Record<ForecastSeries, readonly ForecastBand[]>,
  ) =>
    FORECAST_SERIES.every(
      (s) =>
        x[s].length === y[s].length &&
        x[s].every((band, i) => band.low === y[s][i]?.low && band.high === y[s][i]?.high),
    );
  return a.level === b.level && same(a.scaled, b.scaled) && same(a.pooled, b.pooled);
}

/** The `scaled` and `pooled` tables of src/domain/monitoring/forecast-bands.ts. */
export function formatBandsSource(bands: ForecastBands): string[] {
  const lines: string[] = [];
  for (const table of ['scaled', 'pooled'] as const) {
    lines.push(`const ${table.toUpperCase()}: ForecastBands['${table}'] = {`);
    for (const s of FORECAST_SERIES)
      lines.push(`  ${s}: [${bands[table][s].map((b) => `b(${b.low}, ${b.high})`).join(', ')}],`);
    lines.push('};');
  }
  return lines;
}
