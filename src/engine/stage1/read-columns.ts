/**
 * Reads a query result of INTEGER columns into Int32Arrays, chunk by chunk, without building a
 * JavaScript value per cell (the per-person pass reads tens of millions of rows).
 */
import type { DuckDBConnection, DuckDBVector } from '@duckdb/node-api';

export type IntColumns<K extends string> = Record<K, Int32Array> & { length: number };

function copyVector(vector: DuckDBVector, target: Int32Array, offset: number, count: number): void {
  const items = (vector as unknown as { items?: unknown }).items;
  if (items instanceof Int32Array) {
    target.set(items.subarray(0, count), offset);
    return;
  }
  for (let i = 0; i < count; i++) target[offset + i] = Number(vector.getItem(i) ?? 0);
}

/** `sql` must select exactly `names`, all of type INTEGER and never NULL. */
export async function readIntColumns<K extends string>(connection: DuckDBConnection, sql: string, names: readonly K[]): Promise<IntColumns<K>> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE read_columns AS SELECT ${names.map((n) => `CAST(${n} AS INTEGER) AS ${n}`).join(', ')} FROM (${sql})`);
  const [countRow] = (await connection.runAndReadAll('SELECT count(*)::INTEGER FROM read_columns')).getRowsJS();
  const length = Number(countRow![0]);
  const columns = Object.fromEntries(names.map((name) => [name, new Int32Array(length)])) as Record<K, Int32Array>;
  const result = await connection.stream('SELECT * FROM read_columns');
  let offset = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    names.forEach((name, j) => copyVector(chunk.getColumnVector(j), columns[name], offset, chunk.rowCount));
    offset += chunk.rowCount;
  }
  await connection.run('DROP TABLE read_columns');
  if (offset !== length) throw new Error(`read ${offset} rows, expected ${length}`);
  return Object.assign(columns, { length });
}

/** Row indexes grouped by a dense key 0…keyCount−1 (a counting sort): rows of key k are order[start[k] … start[k+1]−1]. */
export function groupByKey(keys: Int32Array, keyCount: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i]! + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const next = start.slice(0, keyCount);
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) order[next[keys[i]!]!++] = i;
  return { start, order };
}
