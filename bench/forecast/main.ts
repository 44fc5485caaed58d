/** `npx tsx bench/forecast/main.ts [options]` (options.ts): the forecast backtest on its own. */
import { runForecastBench } from './run.ts';

try {
  await runForecastBench(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
