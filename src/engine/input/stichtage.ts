/** `stichtage` (optional) → `in_stichtage(monat DATE, stichtag DATE)`; without the file the table is empty (the 15th applies). */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InputProblem } from '../types.ts';
import { duplicate, required, validDate, validMonth, valueLayer } from './checks.ts';
import { findDuplicates } from './duplicates.ts';
import { runTableJob } from './run-checks.ts';
import type { Source } from './source.ts';

export async function loadStichtage(
  connection: DuckDBConnection,
  source: Source | null,
  skipInvalid: boolean,
): Promise<InputProblem[]> {
  if (source === null) {
    await connection.run('CREATE OR REPLACE TABLE in_stichtage (monat DATE, stichtag DATE)');
    return [];
  }
  const layer = valueLayer(source, { monat: 'month', stichtag: 'date' });
  const dups = await findDuplicates(connection, source.name, layer, 'v.p_monat');
  const result = await runTableJob(connection, {
    source,
    skipInvalid,
    target: 'in_stichtage',
    layer,
    joins: dups ? `LEFT JOIN ${dups} d ON d.__row = v.__row` : '',
    checks: [
      required('monat'),
      validMonth('monat'),
      ...(dups ? [duplicate('monat', 'd')] : []),
      required('stichtag'),
      validDate('stichtag'),
      {
        column: 'stichtag',
        when: `date_trunc('month', v.p_stichtag) <> v.p_monat`,
        message: `'stichtag ' || strftime(v.p_stichtag, '%Y-%m-%d') || ' does not lie in monat ' || strftime(v.p_monat, '%Y-%m')`,
        report: true,
      },
    ],
    select: 'v.p_monat AS monat, v.p_stichtag AS stichtag',
  });
  return result.problems;
}
