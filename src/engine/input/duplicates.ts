/** Duplicate ids (kennzahlen.md §1 "duplicate id"): the first occurrence stands, later ones are problems. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { createCounted } from './create-counted.ts';

/**
 * Writes `ld_dups_NAME(__row, first_row)` for every row whose key occurred in an earlier row and
 * returns its name, or null when every key is unique (the usual case: one aggregation, no join).
 * `layer` is a value layer aliased `v`; `key` an expression over it, NULL for no key.
 */
export async function findDuplicates(
  connection: DuckDBConnection,
  name: string,
  layer: string,
  key: string,
): Promise<string | null> {
  const keys = `ld_dupkeys_${name}`;
  const count = await createCounted(
    connection,
    `CREATE OR REPLACE TEMP TABLE ${keys} AS
    SELECT ${key} AS key, min(v.__row) AS first_row FROM ${layer} WHERE ${key} IS NOT NULL GROUP BY ALL HAVING count(*) > 1`,
  );
  if (count === 0) return null;
  const table = `ld_dups_${name}`;
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${table} AS
    SELECT v.__row, d.first_row FROM ${layer} JOIN ${keys} d ON d.key = ${key} WHERE v.__row > d.first_row`);
  return table;
}
