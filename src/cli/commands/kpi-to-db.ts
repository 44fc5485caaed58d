/** `kpi compute … --to-db`: the engine's results into the store as one new Datenstand. */
import type { KpiComputeResult } from '../../engine/types.ts';
import { loadEngineResult } from '../../services/values/load-engine-result.ts';
import { withDatabase } from './with-database.ts';

export interface ToDbOptions {
  /** as-of date of the figures (YYYY-MM-DD); default today */
  stand: string;
  label: string;
}

export async function writeResultToDb(
  result: KpiComputeResult,
  options: ToDbOptions,
): Promise<string> {
  const loaded = await withDatabase((ctx) =>
    loadEngineResult(ctx, result, {
      stand: options.stand,
      source: 'mikrodaten',
      label: options.label,
    }),
  );
  return `Datenstand ${loaded.datenstandId} (${options.stand}, "${options.label}"): ${loaded.rows} values stored`;
}
