import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvLinesOfRows, parseCsvRecord, readCsvHeader } from './csv-lines.ts';
import { openSource } from './source.ts';
import { rows, withConnection } from './test-support.ts';

const dir = mkdtempSync(join(tmpdir(), 'zs-csv-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('CSV records and lines', () => {
  test('a record splits at commas outside quotes; "" is a quote', () => {
    assert.deepEqual(parseCsvRecord('a,"b, c",,"say ""hi"""'), ['a', 'b, c', '', 'say "hi"']);
  });

  test('the header is the first record, without byte order mark or CR', async () => {
    assert.deepEqual(await readCsvHeader(file('bom.csv', '\uFEFFid,"name, long",x\r\n1,2,3\r\n')), [
      'id',
      'name, long',
      'x',
    ]);
    assert.equal(await readCsvHeader(file('empty.csv', '')), null);
    assert.deepEqual(await readCsvHeader(file('only.csv', 'a,b')), ['a', 'b']);
  });

  test('data row k starts on the line after blank lines and quoted line breaks before it', async () => {
    const path = file('lines.csv', 'a,b\n1,x\n\n2,"two\nlines"\r\n3,y\n\n\n4,"""\n"""\n5,z');
    // line 1 header; row 1 line 2; line 3 blank; row 2 lines 4-5; row 3 line 6; 7-8 blank; row 4 lines 9-10; row 5 line 11
    assert.deepEqual(
      [...(await csvLinesOfRows(path, [1, 2, 3, 4, 5])).entries()],
      [
        [1, 2],
        [2, 4],
        [3, 6],
        [4, 9],
        [5, 11],
      ],
    );
  });
});

describe('CSV rows keep the file order', () => {
  test('__row is the position in the file, also when DuckDB reads the file in parallel pieces', () =>
    withConnection(async (connection) => {
      // ~25 MB, so that the reader splits the file between threads.
      const count = 1_200_000;
      const body = Array.from({ length: count }, (_, i) => `P${i + 1},m,1980-01-01`).join('\n');
      const path = file('personen.csv', `person_id,geschlecht,geburtsdatum\n${body}\n`);
      // Also when the connection does not keep insertion order (then DuckDB mixes the pieces).
      for (const preserve of [true, false]) {
        await connection.run(`SET preserve_insertion_order = ${preserve}`);
        const opened = await openSource(connection, {
          name: 'personen',
          file: 'personen.csv',
          path,
          format: 'csv',
        });
        assert.ok(opened.source);
        assert.equal(opened.source.rows, count);
        const wrong = await rows(
          connection,
          `SELECT count(*) FROM ${opened.source.relation} WHERE person_id <> 'P' || __row`,
        );
        assert.deepEqual(wrong, [['0']], `preserve_insertion_order = ${preserve}`);
        assert.deepEqual(
          await rows(connection, `SELECT current_setting('preserve_insertion_order')`),
          [[preserve]],
          'the setting is restored',
        );
      }
    }));
});
