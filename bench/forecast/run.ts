/**
 * Backtest of the year-end forecast (docs/forecast.md): synthetic kreis data for several
 * seeds, the engine's Kennzahlen, then for every unit, target year and starting month 1–11
 * the December forecast of JFW_K2, JDW_LZB and Σ INT (and the monthly K2 and LZB stock for
 * the 'kennzahl' and 'bestand' bands) against the actual December. The error quantiles are
 * fitted on the fit seeds; error and interval coverage are reported on the test seeds only.
 */
import { FORECAST_BANDS } from '../../src/domain/monitoring/forecast-bands.ts';
import { loadSeries } from './data.ts';
import { collectCases, covers, type ForecastCase } from './errors.ts';
import { parseForecastBenchOptions } from './options.ts';
import { fitBands } from './quantiles.ts';
import {
  formatBandsSource,
  formatSeriesTables,
  roundBands,
  sameBands,
  type TestCase,
} from './report.ts';
import type { YearSeries } from './series.ts';

/** Kreis Borken, the Träger of the kreis scale. */
const TRAEGER_ID = '05554';

const progress = (line: string) => console.error(`… ${line}`);

async function casesOf(
  seeds: readonly number[],
  years: readonly number[],
): Promise<{ data: YearSeries; cases: ForecastCase[] }[]> {
  const out = [];
  for (const seed of seeds) {
    const data = await loadSeries(seed, progress);
    out.push({ data, cases: collectCases(data, years) });
  }
  return out;
}

export async function runForecastBench(args: string[]): Promise<void> {
  const options = parseForecastBenchOptions(args);
  const started = performance.now();
  const fit = await casesOf(options.fitSeeds, options.years);
  const bands = roundBands(fitBands(fit.flatMap((s) => s.cases)));
  const test = await casesOf(options.testSeeds, options.years);
  const tested: TestCase[] = test.flatMap((s) =>
    s.cases.map((c) => ({
      ...c,
      covered: covers(s.data, c, bands, true),
      coveredPooled: covers(s.data, c, bands, false),
    })),
  );
  const shipped = test.flatMap((s) => s.cases.map((c) => covers(s.data, c, FORECAST_BANDS, true)));
  const units = new Set(test.flatMap((s) => Object.keys(s.data))).size;
  const lines = [
    'Forecast backtest: F = reference December × current(m) / reference(m) (Vorjahresverhältnis)',
    `synthetic kreis data, ${units} units (17 örtliche Jobcenter, Träger, Land = Träger), sex insgesamt, target years ${options.years.join(', ')}`,
    `interval F·exp(q/√size), q = 10 %/90 % quantiles of ln(actual/F)·√size, fitted on seeds ${options.fitSeeds.join(', ')} (${fit.reduce((n, s) => n + s.cases.length, 0)} cases);`,
    `'pooled' = F·exp(q) with quantiles of ln(actual/F) over all sizes. Measured on seeds ${options.testSeeds.join(', ')} (${tested.length} cases)`,
    ...formatSeriesTables(tested, bands, TRAEGER_ID),
    '',
    `coverage of the shipped FORECAST_BANDS (sized) on the test seeds: ${((100 * shipped.filter(Boolean).length) / Math.max(shipped.length, 1)).toFixed(1)} %`,
    `shipped FORECAST_BANDS ${sameBands(bands, FORECAST_BANDS) ? 'equal' : 'DIFFER FROM'} the bands fitted in this run; fitted:`,
    ...formatBandsSource(bands),
    '',
    `${((performance.now() - started) / 1000).toFixed(0)} s`,
  ];
  console.log(lines.join('\n'));
}
