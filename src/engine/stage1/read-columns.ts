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
  if (!(items instanceof Int32Array || items instanceof Uint8Array)) throw new Error(`a column of type ${vector.type.toString()} where INTEGER, DATE or UTINYINT was expected`);
  return items.subarray(0, count);
}

/**
 * Streams `sql` and hands each chunk's columns `names`, never NULL, to `visit`; they are valid
 * during the call only.
 */
export async function forEachChunk(connection: DuckDBConnection, sql: string, names: readonly string[],
  visit: (columns: IntArray[], rowCount: number) => void): Promise<void> {
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
    visit(names.map((_, j) => vectorItems(chunk.getColumnVector(j), chunk.rowCount)), chunk.rowCount);
  }
}

/** Keys per bucket of the first, coarse grouping (2^16): a bucket's counts and rows then stay in the caches. */
const BUCKET_BITS = 16;

/**
 * The rows of `sql` grouped by its INTEGER column `key`, a dense key 0…keyCount−1, in stream order
 * within a key, as columns of the given types (the key column is not kept). A counting sort in
 * two steps, so that rows that come in no order of key are not written all over memory: the rows
 * go into buckets of 2^16 keys as they come, then each bucket is sorted on its own.
 */
export async function readGrouped<R extends Record<string, IntArray>>(connection: DuckDBConnection, sql: string, key: string,
  types: { [K in keyof R]: IntArrayType }, keyCount: number): Promise<Grouped<R>> {
  const names = Object.keys(types);
  const buckets = (keyCount >>> BUCKET_BITS) + 1;
  const bucketStart = new Int32Array(buckets + 1);
  await forEachChunk(connection, sql, [key], ([keys], rowCount) => {
    for (let i = 0; i < rowCount; i++) {
      const k = keys![i]!;
      if (!(k >= 0 && k < keyCount)) throw new Error(`${key} ${k} outside 0…${keyCount - 1}`);
      bucketStart[(k >>> BUCKET_BITS) + 1]!++;
    }
  });
  for (let b = 0; b < buckets; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const length = bucketStart[buckets]!;
  const columns = names.map((name) => new types[name]!(length));
  const rowKeys = new Int32Array(length);
  const next = bucketStart.slice(0, buckets);
  let place = new Int32Array(2048);
  let seen = 0;
  await forEachChunk(connection, sql, [key, ...names], ([keys, ...values], rowCount) => {
    seen += rowCount;
    if (seen > length) throw new Error(`read more than the ${length} rows counted`);
    if (place.length < rowCount) place = new Int32Array(rowCount);
    for (let i = 0; i < rowCount; i++) {
      const at = next[keys![i]! >>> BUCKET_BITS]!++;
      place[i] = at;
      rowKeys[at] = keys![i]!;
    }
    columns.forEach((column, j) => {
      const from = values[j]!;
      if (from.constructor !== column.constructor) throw new Error(`column ${names[j]} is not of the type expected`);
      for (let i = 0; i < rowCount; i++) column[place[i]!] = from[i]!;
    });
  });
  if (seen !== length) throw new Error(`read ${seen} rows, expected ${length}`);
  const start = new Int32Array(keyCount + 1);
  const sorter = new BucketSorter(columns);
  for (let b = 0; b < buckets; b++) sorter.sort(rowKeys, start, bucketStart[b]!, bucketStart[b + 1]!, b << BUCKET_BITS, Math.min((b + 1) << BUCKET_BITS, keyCount));
  return { rows: Object.fromEntries(names.map((name, j) => [name, columns[j]!])) as R, start };
}

/** Sorts the rows of one bucket by key, in place, with scratch arrays reused from bucket to bucket. */
class BucketSorter {
  private next = new Int32Array(1 << BUCKET_BITS);
  private place = new Int32Array(0);
  private readonly scratch = new Map<IntArrayType, IntArray>();

  constructor(private readonly columns: IntArray[]) {}

  /** Rows from … to−1 hold the keys lo … hi−1; sets start[lo+1 … hi] (start[lo] = from already). */
  sort(rowKeys: Int32Array, start: Int32Array, from: number, to: number, lo: number, hi: number): void {
    let sorted = true;
    for (let i = from; i < to; i++) {
      start[rowKeys[i]! + 1]!++;
      if (i > from && rowKeys[i]! < rowKeys[i - 1]!) sorted = false;
    }
    start[lo] = from;
    for (let k = lo; k < hi; k++) start[k + 1]! += start[k]!;
    if (sorted) return;
    const next = this.next;
    for (let k = lo; k < hi; k++) next[k - lo] = start[k]!;
    if (this.place.length < to - from) this.place = new Int32Array(to - from);
    const place = this.place;
    for (let i = from; i < to; i++) place[i - from] = next[rowKeys[i]! - lo]!++;
    for (const column of this.columns) {
      const scratch = this.scratchFor(column, to - from);
      scratch.set(column.subarray(from, to));
      for (let i = 0; i < to - from; i++) column[place[i]!] = scratch[i]!;
    }
  }

  private scratchFor(column: IntArray, size: number): IntArray {
    const type = column.constructor as IntArrayType;
    let scratch = this.scratch.get(type);
    if (!scratch || scratch.length < size) {
      scratch = new type(size * 2);
      this.scratch.set(type, scratch);
    }
    return scratch;
  }
}
