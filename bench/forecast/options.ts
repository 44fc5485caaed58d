/** Command line of the forecast backtest (`npx tsx bench/forecast/main.ts`). */
import { parseArgs } from 'node:util';

export const FORECAST_BENCH_USAGE = `usage: npx tsx bench/forecast/main.ts [--fit-seeds 11,12,13,14] [--test-seeds 15,16,17] [--years 2014,2015]
  --fit-seeds    synthetic kreis data sets whose errors give the quantiles of FORECAST_BANDS
  --test-seeds   other data sets, on which error and interval coverage are reported
  --years        target years forecast (each compared with the year before)`;

export interface ForecastBenchOptions {
  fitSeeds: number[];
  testSeeds: number[];
  years: number[];
}

function numberList(name: string, text: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.length === 0 || values.some((v) => !Number.isSafeInteger(v) || v < 0)) {
    throw new Error(
      `--${name} must be a comma-separated list of whole numbers, got ${JSON.stringify(text)}\n${FORECAST_BENCH_USAGE}`,
    );
  }
  return values;
}

export function parseForecastBenchOptions(args: string[]): ForecastBenchOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      'fit-seeds': { type: 'string', default: '11,12,13,14' },
      'test-seeds': { type: 'string', default: '15,16,17' },
      years: { type: 'string', default: '2014,2015' },
    },
  });
  const fitSeeds = numberList('fit-seeds', values['fit-seeds']);
  const testSeeds = numberList('test-seeds', values['test-seeds']);
  const years = numberList('years', values.years);
  if (fitSeeds.some((seed) => testSeeds.includes(seed)))
    throw new Error(
      `fit and test seeds must differ, so that the coverage is measured out of sample\n${FORECAST_BENCH_USAGE}`,
    );
  // Synthetic histories run 2010-01 … 2015-12 and LZB needs two years of history.
  if (years.some((y) => y < 2013 || y > 2015))
    throw new Error(
      `--years must lie in 2013 … 2015 (synthetic data cover 2012 … 2015 with LZB)\n${FORECAST_BENCH_USAGE}`,
    );
  return { fitSeeds, testSeeds, years };
}
