/** Parquet columns may come as integers, DOUBLE, BOOLEAN or DATE; ids stay strings (7 = "7"). */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './sql-values.ts';
import { inputFolder, load, removeInputFolders, rows, withConnection } from './test-support.ts';

after(removeInputFolders);

async function writeParquet(
  connection: DuckDBConnection,
  dir: string,
  name: string,
  select: string,
): Promise<void> {
  await connection.run(
    `COPY (${select}) TO ${sqlString(join(dir, `${name}.parquet`))} (FORMAT parquet)`,
  );
}

test('ids typed differently in different files still match, and typed values load as they are', () =>
  withConnection(async (connection) => {
    // CSV: einheiten as in the fixture, beschaeftigungen with person ids as text "1", "2".
    const dir = inputFolder({
      'personen.csv': null,
      'elb_zeiten.csv': null,
      'leistungen.csv': null,
      'massnahmen.csv': null,
      'stichtage.csv': null,
      'beschaeftigungen.csv':
        'person_id,art,von,bis\n1,svb,2014-07-01,\n2,geringfuegig,2014-03-01,2014-05-31\n',
    });
    await writeParquet(
      connection,
      dir,
      'personen',
      `SELECT * FROM (VALUES (1::BIGINT, 'm', DATE '1980-05-17'), (2, 'w', DATE '1975-02-28'), (3, NULL, DATE '2001-12-01')) t(person_id, geschlecht, geburtsdatum)`,
    );
    await writeParquet(
      connection,
      dir,
      'elb_zeiten',
      `SELECT * FROM (VALUES
      (1.0::DOUBLE, 'J1', 10::INTEGER, DATE '2014-01-01', NULL::DATE, false),
      (3.0, 'T2', 11, DATE '2014-02-01', DATE '2014-02-28', true)) t(person_id, einheit_id, bg_id, von, bis, alleinerziehend)`,
    );
    await writeParquet(
      connection,
      dir,
      'leistungen',
      `SELECT * FROM (VALUES
      (10::BIGINT, 'J1', DATE '2014-01-01', 0.1::DOUBLE, 1::INTEGER), (10, 'J1', DATE '2014-01-01', 0.2, 2), (11, 'T2', DATE '2014-02-01', 5.55, 0)) t(bg_id, einheit_id, monat, llu, luh)`,
    );
    await writeParquet(
      connection,
      dir,
      'massnahmen',
      `SELECT * FROM (VALUES (2::UTINYINT, 'aktiv', 42::INTEGER, DATE '2014-02-01', NULL::DATE)) t(person_id, kategorie, instrument, von, bis)`,
    );
    await writeParquet(
      connection,
      dir,
      'stichtage',
      `SELECT * FROM (VALUES (DATE '2014-01-01', DATE '2014-01-14')) t(monat, stichtag)`,
    );

    const loaded = await load(connection, dir);
    assert.deepEqual(loaded.skipped, []);
    assert.deepEqual(
      await rows(connection, 'SELECT pid, person_id, sex FROM in_personen ORDER BY pid'),
      [
        [0, '1', 'm'],
        [1, '2', 'w'],
        [2, '3', 'x'],
      ],
    );
    assert.deepEqual(
      await rows(connection, 'SELECT line, pid, uid, bis, ae FROM in_elb ORDER BY line'),
      [
        ['1', 0, 2, null, false],
        ['2', 2, 4, '2014-02-28', true],
      ],
    );
    assert.deepEqual(
      await rows(connection, 'SELECT uid, monat, llu, luh FROM in_leistungen ORDER BY ALL'),
      [
        [2, '2014-01-01', '0.300000', '3.000000'],
        [4, '2014-02-01', '5.550000', '0.000000'],
      ],
    );
    assert.deepEqual(
      await rows(connection, 'SELECT pid, art FROM in_beschaeftigungen ORDER BY ALL'),
      [
        [0, 'svb'],
        [1, 'geringfuegig'],
      ],
    );
    // An INTEGER instrument is accepted (it is checked, not kept).
    assert.deepEqual(await rows(connection, 'SELECT pid, kategorie, von FROM in_massnahmen'), [
      [1, 'aktiv', '2014-02-01'],
    ]);
    assert.deepEqual(await rows(connection, 'SELECT monat, stichtag FROM in_stichtage'), [
      ['2014-01-01', '2014-01-14'],
    ]);
  }));
