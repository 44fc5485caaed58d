import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DuckDBConnection } from '@duckdb/node-api';
import { amountSumToEuro, asAmount, asDate, asMonth, asText } from './sql-values.ts';
import { rows, withConnection } from './test-support.ts';

/** Applies `expr(x, type)` to each literal, given as SQL of that type. */
async function apply(
  connection: DuckDBConnection,
  expr: (ref: string, type: string) => string,
  type: string,
  literals: string[],
): Promise<unknown[]> {
  const values = literals.map((l) => `(CAST(${l} AS ${type}))`).join(', ');
  const result = await rows(connection, `SELECT ${expr('x', type)} FROM (VALUES ${values}) t(x)`);
  return result.map((r) => r[0]);
}

describe('values of any column type', () => {
  test('ids as text: an integer 7, a DOUBLE 7.0 and the text "7" are the same id', () =>
    withConnection(async (connection) => {
      assert.deepEqual(await apply(connection, asText, 'BIGINT', ['7', 'NULL']), ['7', null]);
      assert.deepEqual(await apply(connection, asText, 'DOUBLE', ['7', '7.5', "'nan'"]), [
        '7',
        '7.5',
        'nan',
      ]);
      assert.deepEqual(await apply(connection, asText, 'DECIMAL(5,2)', ['7', '7.25']), [
        '7',
        '7.25',
      ]);
      assert.deepEqual(await apply(connection, asText, 'VARCHAR', ["'7'", "''", "' 7'"]), [
        '7',
        null,
        ' 7',
      ]);
      assert.deepEqual(await apply(connection, asText, 'BOOLEAN', ['true', 'false', 'NULL']), [
        '1',
        '0',
        null,
      ]);
      assert.deepEqual(await apply(connection, asText, 'DATE', ["'2014-01-02'"]), ['2014-01-02']);
    }));

  test('dates: exactly YYYY-MM-DD and a real calendar day; DATE columns as they are', () =>
    withConnection(async (connection) => {
      const texts = [
        "'2014-01-02'",
        "'2016-02-29'",
        "'2014-02-29'",
        "'2014-1-02'",
        "' 2014-01-02'",
        "'2014-01-02 00:00:00'",
        "'20140102'",
        "''",
      ];
      assert.deepEqual(await apply(connection, asDate, 'VARCHAR', texts), [
        '2014-01-02',
        '2016-02-29',
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
      assert.deepEqual(await apply(connection, asDate, 'DATE', ["'2014-01-02'"]), ['2014-01-02']);
    }));

  test('months: exactly YYYY-MM, as the first day; a DATE column only on a first day', () =>
    withConnection(async (connection) => {
      assert.deepEqual(
        await apply(connection, asMonth, 'VARCHAR', [
          "'2014-01'",
          "'2014-13'",
          "'2014-1'",
          "'2014-01-01'",
        ]),
        ['2014-01-01', null, null, null],
      );
      assert.deepEqual(await apply(connection, asMonth, 'DATE', ["'2014-03-01'", "'2014-03-02'"]), [
        '2014-03-01',
        null,
      ]);
    }));

  test('amounts add up exactly, whatever the column type', () =>
    withConnection(async (connection) => {
      const sum = async (type: string, literals: string[]) => {
        const values = literals.map((l) => `(CAST(${l} AS ${type}))`).join(', ');
        const sql = `SELECT ${amountSumToEuro('sum(a)', type)}, typeof(${amountSumToEuro('sum(a)', type)}) FROM (SELECT ${asAmount('x', type)} AS a FROM (VALUES ${values}) t(x))`;
        return (await rows(connection, sql))[0];
      };
      // As DOUBLE, 0.1 + 0.2 is 0.30000000000000004; the micro-euro sum is exact.
      assert.deepEqual(await sum('DOUBLE', ['0.1', '0.2']), ['0.300000', 'DECIMAL(38,6)']);
      assert.deepEqual(await sum('DECIMAL(12,2)', ['400.50', '0.25']), [
        '400.750000',
        'DECIMAL(38,6)',
      ]);
      assert.deepEqual(await sum('INTEGER', ['2', '3']), ['5.000000', 'DECIMAL(38,6)']);
      assert.deepEqual(await sum('VARCHAR', ["'1.5'", "'2.250001'", "'-0.5'"]), [
        '3.250001',
        'DECIMAL(38,6)',
      ]);
    }));

  test('what is no amount is NULL', () =>
    withConnection(async (connection) => {
      const texts = ["'1e3'", "'1,5'", "'1.1234567'", "'.5'", "' 1'", "'abc'", "'12'"];
      assert.deepEqual(await apply(connection, asAmount, 'VARCHAR', texts), [
        null,
        null,
        null,
        null,
        null,
        null,
        '12.000000',
      ]);
      assert.deepEqual(
        await apply(connection, asAmount, 'DOUBLE', [
          "'nan'",
          "'inf'",
          '1e13',
          '-1.5',
          '0.0000014',
        ]),
        [null, null, null, '-1500000', '1'],
      );
    }));
});
