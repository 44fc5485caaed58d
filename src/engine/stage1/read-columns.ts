/**
 * Reads query results of INTEGER and DATE columns chunk by chunk, straight from the query (no
 * intermediate table) and without building a JavaScript value per cell: the per-person pass
 * reads tens of millions of rows. Memory is allocated once, at its final size and place: on this
 * kind of machine touching fresh memory costs more than reading it.
 */
import type { DuckDBConnection, DuckDBVector } from '@duckdb/node-api';

/** Column types read: INTEGER and DATE (as day numbers) into Int32Array, UTINYINT into Uint8Array. */
export type IntArray = Int32Array | Uint8Array;
type IntArrayType = typeof Int32Array | typeof Uint8Array;

export interface Grouped<R extends Record<string, IntArray>> {
  rows: R;
  /** The rows of key k are start[k] … start[k+1]−1. */
  start: Int32Array;
}

/** The chunk's values of a vector, a view of DuckDB's memory. */
function vectorItems(vector: DuckDBVector, count: number): IntArray {
  const items = (vector as unknown as { items?: unknown }).items;
  if (!(items instanceof Int32Array || items instanceof Uint8Array))
    throw new Error(
      `a column of type ${vector.type.toString()} where INTEGER, DATE or UTINYINT was expected`,
    );
  return items.subarray(0, count);
}

/**
 * Streams `sql` and hands each chunk's columns `names`, never NULL, to `visit`; they are valid
 * during the call only.
 */
export async function forEachChunk(
  connection: DuckDBConnection,
  sql: string,
  names: readonly string[],
  visit: (columns: IntArray[], rowCount: number) => void,
): Promise<void> {
  const result = await connection.stream(`SELECT ${names.join(', ')} FROM (${sql})`);
  // DuckDB makes the next chunk on its threads while this one is visited. (A fetch left behind
  // when `visit` throws must not count as an unhandled rejection.)
  const fetch = () => {
    const chunk = result.fetchChunk();
    chunk.catch(() => undefined);
    return chunk;
  };
  let next = fetch();
  for (;;) {
    const chunk = await next;
    if (!chunk || chunk.rowCount === 0) break;
    next = fetch();
    visit(
      names.map((_, j) => vectorItems(chunk.getColumnVector(j), chunk.rowCount)),
      chunk.rowCount,
    );
  }
}

/**
 * The rows of `sql` grouped by its INTEGER column `key`, a dense key 0…keyCount−1, in stream order
 * within a key (a counting sort over two streams of the query: the keys, then the rows straight
 * into place), as columns of the given types. The key column itself is not kept.
 */
export async function readGrouped<R extends Record<string, IntArray>>(
  connection: DuckDBConnection,
  sql: string,
  key: string,
  types: { [K in keyof R]: IntArrayType },
  keyCount: number,
): Promise<Grouped<R>> {
  const names = Object.keys(types);
  // counts at start[k + 2], so that after the prefix sum start[k + 1] is where key k's rows begin
  // and, advanced row by row, ends as where they end: start[0 … keyCount] is then the result.
  const start = new Int32Array(keyCount + 2);
  await forEachChunk(connection, sql, [key], ([keys], rowCount) => {
    for (let i = 0; i < rowCount; i++) {
      const k = keys![i]!;
      if (!(k >= 0 && k < keyCount)) throw new Error(`${key} ${k} outside 0…${keyCount - 1}`);
      start[k + 2]!++;
    }
  });
  for (let k = 2; k <= keyCount + 1; k++) start[k]! += start[k - 1]!;
  const length = start[keyCount + 1]!;
  const columns = names.map((name) => new types[name]!(length));
  let place = new Int32Array(2048);
  let seen = 0;
  await forEachChunk(connection, sql, [key, ...names], ([keys, ...values], rowCount) => {
    seen += rowCount;
    if (seen > length) throw new Error(`read more than the ${length} rows counted`);
    if (place.length < rowCount) place = new Int32Array(rowCount);
    for (let i = 0; i < rowCount; i++) place[i] = start[keys![i]! + 1]!++;
    columns.forEach((column, j) => {
      const from = values[j]!;
      if (from.constructor !== column.constructor)
        throw new Error(`column ${names[j]} is not of the type expected`);
      for (let i = 0; i < rowCount; i++) column[place[i]!] = from[i]!;
    });
  });
  if (seen !== length) throw new Error(`read ${seen} rows, expected ${length}`);
  return {
    rows: Object.fromEntries(names.map((name, j) => [name, columns[j]!])) as R,
    start: start.subarray(0, keyCount + 1),
  };
}
