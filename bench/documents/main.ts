/** `npx tsx bench/documents/main.ts [--runs N] [--no-db]`: the document benchmark on its own (run.ts). */
import { runDocumentsBench } from './run.ts';

try {
  await runDocumentsBench(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
