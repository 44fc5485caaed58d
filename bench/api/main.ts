/** `npx tsx bench/api/main.ts [options]`: the API load benchmark on its own (run.ts). */
import { runApiBench } from './run.ts';

try {
  await runApiBench(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
