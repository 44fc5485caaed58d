/** Problems of whole files, how lines are counted, and that every problem is reported. */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_PROBLEMS_PER_FILE } from './problem-list.ts';
import {
  csvToParquet,
  inputFolder,
  refusal,
  removeInputFolders,
  VALID_FIXTURE,
  withConnection,
} from './test-support.ts';

after(removeInputFolders);

const ELB_HEADER = 'person_id,einheit_id,bg_id,von,bis,alleinerziehend';

describe('problems with whole files refuse the input in both modes', () => {
  test('a missing column', () =>
    withConnection(async (connection) => {
      for (const skip of [false, true]) {
        const problems = await refusal(
          connection,
          inputFolder({ 'personen.csv': 'person_id,geschlecht\nP1,m\n' }),
          skip,
        );
        assert.deepEqual(problems, [
          {
            file: 'personen.csv',
            line: null,
            column: 'geburtsdatum',
            problem: 'column geburtsdatum is missing',
          },
        ]);
      }
    }));

  test('a missing column in Parquet', () =>
    withConnection(async (connection) => {
      const dir = inputFolder();
      await csvToParquet(
        connection,
        dir,
        'massnahmen',
        'SELECT person_id, kategorie, von, bis FROM csv',
      );
      const problems = await refusal(connection, dir, true);
      assert.deepEqual(problems, [
        {
          file: 'massnahmen.parquet',
          line: null,
          column: 'instrument',
          problem: 'column instrument is missing',
        },
      ]);
    }));

  test('both NAME.csv and NAME.parquet', () =>
    withConnection(async (connection) => {
      const dir = inputFolder();
      await csvToParquet(connection, dir, 'beschaeftigungen', 'SELECT * FROM csv');
      copyFileSync(join(VALID_FIXTURE, 'beschaeftigungen.csv'), join(dir, 'beschaeftigungen.csv'));
      const problems = await refusal(connection, dir, true);
      assert.deepEqual(
        problems.map((p) => [p.file, p.line, p.column]),
        [['beschaeftigungen.csv', null, null]],
      );
      assert.match(
        problems[0]!.problem,
        /both beschaeftigungen\.csv and beschaeftigungen\.parquet exist/,
      );
    }));

  test('an empty CSV file and a row with too many fields', () =>
    withConnection(async (connection) => {
      const problems = await refusal(
        connection,
        inputFolder({
          'stichtage.csv': '',
          'elb_zeiten.csv': `${ELB_HEADER}\nP1,J1,B1,2014-01-01,,0\nP2,J2,B2,2014-02-01,,1,extra\n`,
        }),
        true,
      );
      assert.deepEqual(
        problems.map((p) => [p.file, p.line]),
        [
          ['elb_zeiten.csv', 3],
          ['stichtage.csv', null],
        ],
      );
      assert.match(problems[0]!.problem, /cannot be read.*Expected Number of Columns: 6 Found: 7/);
      assert.match(problems[1]!.problem, /empty/);
    }));
});

describe('lines', () => {
  test('CSV lines count blank lines and line breaks inside quoted fields', () =>
    withConnection(async (connection) => {
      const personen =
        'person_id,geschlecht,geburtsdatum,note\nP1,m,1980-05-17,"two\nlines"\n\nP2,w,1975-02-28,\nP3,d,2001-12-31x,\nP4,,1990-01-01,\n';
      const problems = await refusal(connection, inputFolder({ 'personen.csv': personen }));
      assert.deepEqual(
        problems.map((p) => [p.line, p.column]),
        [[6, 'geburtsdatum']],
      );
    }));

  test('Parquet problems name the row number, first row = 1', () =>
    withConnection(async (connection) => {
      const dir = inputFolder({
        'elb_zeiten.csv': `${ELB_HEADER}\nP1,J1,B1,2014-01-01,,0\nP2,J2,B2,2014-02-01,,1\nP3,T2,B3,2014-03-15,2014-03-01,0\n`,
      });
      await csvToParquet(
        connection,
        dir,
        'elb_zeiten',
        'SELECT person_id, einheit_id, bg_id, CAST(von AS DATE) AS von, CAST(bis AS DATE) AS bis, CAST(alleinerziehend AS INTEGER) AS alleinerziehend FROM csv',
      );
      const problems = await refusal(connection, dir);
      assert.deepEqual(problems, [
        {
          file: 'elb_zeiten.parquet',
          line: 3,
          column: 'bis',
          problem: 'bis 2014-03-01 is before von 2014-03-15',
        },
      ]);
    }));
});

describe('every problem is reported', () => {
  test('problems in several files and several per row, in file order', () =>
    withConnection(async (connection) => {
      const problems = await refusal(
        connection,
        inputFolder({
          'elb_zeiten.csv': `${ELB_HEADER}\nP1,J1,B1,2014-01-01,2013-01-01,0\nP9,X,,bad,,7\n`,
          'leistungen.csv': 'bg_id,einheit_id,monat,llu,luh\nB1,J1,2014-01,1,-1\n',
          'massnahmen.csv': 'person_id,kategorie,instrument,von,bis\nP1,?,,2014-02-01,\n',
        }),
      );
      assert.deepEqual(
        problems.map((p) => [p.file, p.line, p.column]),
        [
          ['elb_zeiten.csv', 2, 'bis'],
          ['elb_zeiten.csv', 3, 'person_id'],
          ['elb_zeiten.csv', 3, 'einheit_id'],
          ['elb_zeiten.csv', 3, 'bg_id'],
          ['elb_zeiten.csv', 3, 'von'],
          ['elb_zeiten.csv', 3, 'alleinerziehend'],
          ['leistungen.csv', 2, 'luh'],
          ['massnahmen.csv', 2, 'kategorie'],
        ],
      );
    }));

  test(`beyond ${MAX_PROBLEMS_PER_FILE} problems in a file the rest are counted`, () =>
    withConnection(async (connection) => {
      const bad = Array.from(
        { length: 1500 },
        (_, i) => `P1,svb,2014-01-${String((i % 28) + 1).padStart(2, '0')},2013-12-31`,
      );
      const problems = await refusal(
        connection,
        inputFolder({ 'beschaeftigungen.csv': `person_id,art,von,bis\n${bad.join('\n')}\n` }),
      );
      assert.equal(problems.length, MAX_PROBLEMS_PER_FILE + 1);
      assert.deepEqual(problems[999], {
        file: 'beschaeftigungen.csv',
        line: 1001,
        column: 'bis',
        problem: 'bis 2013-12-31 is before von 2014-01-20',
      });
      assert.deepEqual(problems[1000], {
        file: 'beschaeftigungen.csv',
        line: null,
        column: null,
        count: 500,
        problem: '500 more problems are not listed',
      });
    }));
});
