import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { readGrouped } from './read-columns.ts';

// 10 000 rows over several chunks, keys 0 … 999 in no order, `seq` = the row's place in the table.
const SETUP = `CREATE TABLE t AS SELECT CAST((i * 7919) % 1000 AS INTEGER) AS k, CAST(i AS INTEGER) AS seq,
  DATE '1970-01-01' + CAST(i AS INTEGER) AS d, CAST(i % 200 AS UTINYINT) AS small FROM range(10000) r(i)`;

async function withTable(
  run: (connection: Awaited<ReturnType<DuckDBInstance['connect']>>) => Promise<void>,
): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(SETUP);
    await run(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

test('rows are grouped by key, in stream order within a key, with DATE as day numbers and UTINYINT as bytes', async () => {
  await withTable(async (connection) => {
    const { rows, start } = await readGrouped<{
      seq: Int32Array;
      d: Int32Array;
      small: Uint8Array;
    }>(
      connection,
      'SELECT k, seq, d, small FROM t ORDER BY seq',
      'k',
      { seq: Int32Array, d: Int32Array, small: Uint8Array },
      1001,
    );
    assert.equal(start.length, 1002);
    assert.equal(start[1001], 10000);
    for (let k = 0; k <= 1000; k++) {
      const seqs = Array.from(rows.seq.subarray(start[k], start[k + 1]));
      const want = Array.from({ length: 10000 }, (_, i) => i).filter(
        (i) => (i * 7919) % 1000 === k,
      );
      assert.deepEqual(seqs, want, `key ${k}`);
    }
    for (let j = 0; j < 10000; j++) {
      assert.equal(rows.d[j], rows.seq[j]);
      assert.equal(rows.small[j], rows.seq[j]! % 200);
    }
  });
});

test('a key outside 0 … keyCount−1 and a column of another type are refused', async () => {
  await withTable(async (connection) => {
    await assert.rejects(
      readGrouped(connection, 'SELECT k, seq FROM t', 'k', { seq: Int32Array }, 999),
      /k 999 outside 0…998/,
    );
    await assert.rejects(
      readGrouped(connection, 'SELECT k, small FROM t', 'k', { small: Int32Array }, 1000),
      /column small is not of the type expected/,
    );
    await assert.rejects(
      readGrouped(
        connection,
        'SELECT k, CAST(seq AS BIGINT) AS seq FROM t',
        'k',
        { seq: Int32Array },
        1000,
      ),
      /BIGINT where INTEGER, DATE or UTINYINT was expected/,
    );
  });
});
