import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  asParquet,
  inputFolder,
  load,
  refusal,
  removeInputFolders,
  rows,
  tableNames,
  withConnection,
} from './test-support.ts';

after(removeInputFolders);

/** The tables expected from fixtures/valid, worked out by hand from its CSV files. */
const EXPECTED: Record<string, unknown[][]> = {
  in_einheiten: [
    [0, 'L1', 'Nordrhein-Westfalen', 'land', null],
    [1, 'T1', 'Kreis Borken', 'traeger', 0],
    [2, 'J1', 'Jobcenter Ahaus', 'jobcenter', 1],
    [3, 'J2', 'Jobcenter Bocholt', 'jobcenter', 1],
    [4, 'T2', 'Stadt Münster, Jobcenter', 'traeger', 0],
  ],
  in_personen: [
    [0, 'P1', 'm', '1980-05-17'],
    [1, 'P2', 'w', '1975-02-28'],
    [2, 'P3', 'x', '2001-12-01'], // code d: other
    [3, 'P4', 'x', '1990-01-01'], // empty: other
  ],
  in_elb: [
    ['1', 0, 2, '2014-01-01', '2014-06-30', false],
    ['2', 1, 3, '2014-02-01', null, true],
    ['3', 2, 4, '2014-03-15', '2014-03-15', false],
    ['4', 0, 3, '2014-07-01', null, false],
  ],
  in_leistungen: [
    [2, '2014-01-01', '400.750000', '300.000000'], // two rows of B1 added up
    [3, '2014-02-01', '1000.000000', '500.100000'],
    [4, '2014-03-01', '12.345678', '0.000000'],
  ],
  in_beschaeftigungen: [
    [0, 'svb', '2014-07-01', null],
    [1, 'geringfuegig', '2014-03-01', '2014-05-31'],
  ],
  in_massnahmen: [
    [0, 'aktiv', '2014-02-01', '2014-04-30'],
    [1, 'oeffentlich_gefoerdert', '2014-06-01', null],
  ],
  in_stichtage: [['2014-01-01', '2014-01-14']],
};

const TYPES: Record<string, string> = {
  in_einheiten: 'uid INTEGER, id VARCHAR, name VARCHAR, ebene VARCHAR, parent_uid INTEGER',
  in_personen: 'pid INTEGER, person_id VARCHAR, sex VARCHAR, geburtsdatum DATE',
  in_elb: 'line BIGINT, pid INTEGER, uid INTEGER, von DATE, bis DATE, ae BOOLEAN',
  in_leistungen: 'uid INTEGER, monat DATE, llu DECIMAL(38,6), luh DECIMAL(38,6)',
  in_beschaeftigungen: 'pid INTEGER, art VARCHAR, von DATE, bis DATE',
  in_massnahmen: 'pid INTEGER, kategorie VARCHAR, von DATE, bis DATE',
  in_stichtage: 'monat DATE, stichtag DATE',
};

async function assertValidTables(connection: DuckDBConnection): Promise<void> {
  for (const [table, expected] of Object.entries(EXPECTED)) {
    assert.deepEqual(
      await rows(connection, `SELECT * FROM ${table} ORDER BY ALL`),
      expected,
      table,
    );
    const columns = await rows(
      connection,
      `SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
    );
    assert.equal(columns.map((c) => c[0]).join(', '), TYPES[table], table);
  }
}

describe('a valid input', () => {
  test('CSV: the tables hold the rows of the files, typed', () =>
    withConnection(async (connection) => {
      const loaded = await load(connection, inputFolder());
      await assertValidTables(connection);
      assert.deepEqual(loaded.inputRows, {
        einheiten: 5,
        personen: 4,
        elb_zeiten: 4,
        leistungen: 4,
        beschaeftigungen: 2,
        massnahmen: 2,
        stichtage: 1,
      });
      assert.deepEqual(loaded.skipped, []);
      assert.deepEqual(
        loaded.einheiten.map((e) => [e.id, e.ebene, e.parentId]),
        [
          ['L1', 'land', null],
          ['T1', 'traeger', 'L1'],
          ['J1', 'jobcenter', 'T1'],
          ['J2', 'jobcenter', 'T1'],
          ['T2', 'traeger', 'L1'],
        ],
      );
      assert.equal(loaded.einheiten[4]!.name, 'Stadt Münster, Jobcenter');
      // in_elb, in_beschaeftigungen and in_massnahmen are views of in_spells (person-spells.ts).
      assert.deepEqual(
        await tableNames(connection),
        [...Object.keys(EXPECTED), 'in_spells'].sort(),
        'no working tables left',
      );
    }));

  test('Parquet with DATE, INTEGER and DECIMAL columns gives the same tables', () =>
    withConnection(async (connection) => {
      const loaded = await load(connection, await asParquet(connection, inputFolder()));
      await assertValidTables(connection);
      assert.equal(loaded.inputRows.leistungen, 4);
    }));

  test('without stichtage the table is empty and 0 rows are read', () =>
    withConnection(async (connection) => {
      const loaded = await load(connection, inputFolder({ 'stichtage.csv': null }));
      assert.deepEqual(await rows(connection, 'SELECT count(*) FROM in_stichtage'), [['0']]);
      assert.equal(loaded.inputRows.stichtage, 0);
    }));

  test('a second load replaces the tables of the first', () =>
    withConnection(async (connection) => {
      await load(connection, inputFolder());
      await load(
        connection,
        inputFolder({
          'personen.csv': 'person_id,geschlecht,geburtsdatum\nP1,w,1980-05-17\nP2,w,1975-02-28\n',
          'elb_zeiten.csv': 'person_id,einheit_id,bg_id,von,bis,alleinerziehend\n',
          'beschaeftigungen.csv': 'person_id,art,von,bis\n',
          'massnahmen.csv': 'person_id,kategorie,instrument,von,bis\n',
        }),
      );
      assert.deepEqual(
        await rows(connection, 'SELECT pid, person_id, sex FROM in_personen ORDER BY pid'),
        [
          [0, 'P1', 'w'],
          [1, 'P2', 'w'],
        ],
      );
      assert.deepEqual(await rows(connection, 'SELECT count(*) FROM in_elb'), [['0']]);
    }));

  test('extra columns and quoted fields are accepted', () =>
    withConnection(async (connection) => {
      await load(
        connection,
        inputFolder({
          'personen.csv':
            'note,person_id,geburtsdatum,geschlecht\n"a, b",P1,1980-05-17,m\n"",P2,1975-02-28,"w"\nx,P3,2001-12-01,d\ny,"P4",1990-01-01,\n',
        }),
      );
      assert.deepEqual(
        await rows(connection, 'SELECT * FROM in_personen ORDER BY pid'),
        EXPECTED.in_personen,
      );
    }));
});

describe('a refused input leaves nothing behind', () => {
  test('after a valid load, a failed load drops every in_ table and working table', () =>
    withConnection(async (connection) => {
      await load(connection, inputFolder());
      const problems = await refusal(
        connection,
        inputFolder({
          'elb_zeiten.csv':
            'person_id,einheit_id,bg_id,von,bis,alleinerziehend\nP1,J1,B1,2014-01-01,2013-01-01,0\n',
        }),
      );
      assert.equal(problems.length, 1);
      assert.deepEqual(await tableNames(connection), []);
    }));

  test('a problem found after the one join (leistungen) drops its table and views too', () =>
    withConnection(async (connection) => {
      const problems = await refusal(
        connection,
        inputFolder({ 'leistungen.csv': 'bg_id,einheit_id,monat,llu,luh\nB1,J1,2014-01,-1,0\n' }),
      );
      assert.deepEqual(
        problems.map((p) => [p.file, p.line, p.column]),
        [['leistungen.csv', 2, 'llu']],
      );
      assert.deepEqual(await tableNames(connection), []);
    }));

  test('a missing file is refused before anything is read, in both modes', () =>
    withConnection(async (connection) => {
      for (const skip of [false, true]) {
        const problems = await refusal(
          connection,
          inputFolder({ 'personen.csv': null, 'massnahmen.csv': null }),
          skip,
        );
        assert.deepEqual(
          problems.map((p) => [p.file, p.line, p.column]),
          [
            ['personen', null, null],
            ['massnahmen', null, null],
          ],
        );
        assert.match(problems[0]!.problem, /personen\.csv or personen\.parquet is missing/);
        assert.deepEqual(await tableNames(connection), []);
      }
    }));
});
