/** skipInvalid: invalid rows are left out and listed, and so are the rows that refer to them. */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asParquet,
  inputFolder,
  load,
  refusal,
  removeInputFolders,
  rows,
  VALID_FIXTURE,
  withConnection,
} from './test-support.ts';

after(removeInputFolders);

const valid = (file: string) => readFileSync(join(VALID_FIXTURE, file), 'utf8');

/** The valid fixture with invalid rows added or changed; comments say why each goes. */
const BROKEN = {
  'einheiten.csv': `${valid('einheiten.csv')}T3,Kreis Coesfeld,traeger,L9\nJ3,Jobcenter Dülmen,jobcenter,T3\n`, // 7: unknown parent, 8: child of 7
  'personen.csv':
    'person_id,geschlecht,geburtsdatum\nP1,m,1980-05-17\nP2,w,\nP3,d,2001-12-01\nP4,,1990-01-01\n', // 3: no birth date
  'elb_zeiten.csv': `${valid('elb_zeiten.csv')}P4,J3,B5,2014-01-01,,0\nP1,J2,,2014-07-01,2014-01-01,5\n`, // 3: P2; 6: J3; 7: three problems
  'leistungen.csv': `${valid('leistungen.csv')}B5,J3,2014-01,99,1\nB1,J1,2014-01,-5,0\n`, // 6: J3; 7: negative
};

/** [file, line, column, problem] of every skipped row, CSV lines. */
const SKIPPED: [string, number, string, string][] = [
  ['einheiten', 7, 'parent_id', 'parent_id "L9" is not in einheiten.{ext}'],
  ['einheiten', 8, 'parent_id', 'parent_id "T3" refers to a skipped row of einheiten.{ext}'],
  ['personen', 3, 'geburtsdatum', 'geburtsdatum is empty'],
  ['elb_zeiten', 3, 'person_id', 'person_id "P2" refers to a skipped row of personen.{ext}'],
  ['elb_zeiten', 6, 'einheit_id', 'einheit_id "J3" refers to a skipped row of einheiten.{ext}'],
  ['elb_zeiten', 7, 'bg_id', 'bg_id is empty'],
  ['leistungen', 6, 'einheit_id', 'einheit_id "J3" refers to a skipped row of einheiten.{ext}'],
  ['leistungen', 7, 'llu', 'llu "-5" is negative'],
  ['beschaeftigungen', 3, 'person_id', 'person_id "P2" refers to a skipped row of personen.{ext}'],
  ['massnahmen', 3, 'person_id', 'person_id "P2" refers to a skipped row of personen.{ext}'],
];

describe('skipping invalid rows', () => {
  for (const format of ['csv', 'parquet'] as const) {
    test(`${format}: lists every skipped row once, cascades, and keeps the rest`, () =>
      withConnection(async (connection) => {
        const dir = inputFolder(BROKEN);
        if (format === 'parquet') await asParquet(connection, dir);
        const loaded = await load(connection, dir, true);
        // Parquet names the row (first = 1), CSV the line (header = 1).
        const expected = SKIPPED.map(([name, line, column, problem]) => ({
          file: `${name}.${format}`,
          line: format === 'csv' ? line : line - 1,
          column,
          problem: problem.replace('{ext}', format),
        }));
        assert.deepEqual(loaded.skipped, expected);
        assert.deepEqual(loaded.inputRows, {
          einheiten: 7,
          personen: 4,
          elb_zeiten: 6,
          leistungen: 6,
          beschaeftigungen: 2,
          massnahmen: 2,
          stichtage: 1,
        });
        assert.deepEqual(
          loaded.einheiten.map((e) => e.id),
          ['L1', 'T1', 'J1', 'J2', 'T2'],
        );
        assert.deepEqual(
          await rows(connection, 'SELECT uid, id, parent_uid FROM in_einheiten ORDER BY uid'),
          [
            [0, 'L1', null],
            [1, 'T1', 0],
            [2, 'J1', 1],
            [3, 'J2', 1],
            [4, 'T2', 0],
          ],
        );
        // pid stays dense: P3 and P4 move up.
        assert.deepEqual(
          await rows(connection, 'SELECT pid, person_id FROM in_personen ORDER BY pid'),
          [
            [0, 'P1'],
            [1, 'P3'],
            [2, 'P4'],
          ],
        );
        assert.deepEqual(
          await rows(connection, 'SELECT line, pid, uid FROM in_elb ORDER BY line'),
          [
            ['1', 0, 2],
            ['3', 1, 4],
            ['4', 0, 3],
          ],
        );
        assert.deepEqual(
          await rows(connection, 'SELECT uid, monat, llu, luh FROM in_leistungen ORDER BY ALL'),
          [
            [2, '2014-01-01', '400.750000', '300.000000'],
            [3, '2014-02-01', '1000.000000', '500.100000'],
            [4, '2014-03-01', '12.345678', '0.000000'],
          ],
        );
        assert.deepEqual(await rows(connection, 'SELECT pid, art FROM in_beschaeftigungen'), [
          [0, 'svb'],
        ]);
        assert.deepEqual(await rows(connection, 'SELECT pid, kategorie FROM in_massnahmen'), [
          [0, 'aktiv'],
        ]);
      }));
  }

  test('without skipping, the same input names the causes only, with every problem of a row', () =>
    withConnection(async (connection) => {
      const problems = await refusal(connection, inputFolder(BROKEN));
      assert.deepEqual(
        problems.map((p) => `${p.file}:${p.line}:${p.column}`),
        [
          'einheiten.csv:7:parent_id',
          'personen.csv:3:geburtsdatum',
          'elb_zeiten.csv:7:bg_id',
          'elb_zeiten.csv:7:bis',
          'elb_zeiten.csv:7:alleinerziehend',
          'leistungen.csv:7:llu',
        ],
      );
    }));

  test('a duplicate person keeps its first row, and rows referring to it stay', () =>
    withConnection(async (connection) => {
      const loaded = await load(
        connection,
        inputFolder({ 'personen.csv': `${valid('personen.csv')}P1,w,1999-09-09\n` }),
        true,
      );
      assert.deepEqual(
        loaded.skipped.map((p) => [p.file, p.line, p.column]),
        [['personen.csv', 6, 'person_id']],
      );
      assert.deepEqual(
        await rows(connection, "SELECT pid, sex FROM in_personen WHERE person_id = 'P1'"),
        [[0, 'm']],
      );
      assert.deepEqual(await rows(connection, 'SELECT count(*) FROM in_elb'), [['4']]);
    }));

  test('a cycle still refuses the input', () =>
    withConnection(async (connection) => {
      const einheiten = valid('einheiten.csv').replace(
        'T1,Kreis Borken,traeger,L1',
        'T1,Kreis Borken,traeger,J1',
      );
      const problems = await refusal(connection, inputFolder({ 'einheiten.csv': einheiten }), true);
      assert.deepEqual(problems, [
        {
          file: 'einheiten.csv',
          line: 3,
          column: 'parent_id',
          problem: 'unit "T1" is part of a cycle: T1 → J1 → T1',
        },
      ]);
    }));

  test('beyond 1000 skipped rows in a file the rest are counted', () =>
    withConnection(async (connection) => {
      const bad = Array.from({ length: 1200 }, () => 'P1,svb,,').join('\n');
      const loaded = await load(
        connection,
        inputFolder({
          'beschaeftigungen.csv': `person_id,art,von,bis\n${bad}\nP2,svb,2014-01-01,\n`,
        }),
        true,
      );
      assert.equal(loaded.skipped.length, 1001);
      assert.deepEqual(loaded.skipped[1000], {
        file: 'beschaeftigungen.csv',
        line: null,
        column: null,
        count: 200,
        problem: '200 more skipped rows are not listed',
      });
      assert.deepEqual(await rows(connection, 'SELECT pid, von FROM in_beschaeftigungen'), [
        [1, '2014-01-01'],
      ]);
    }));
});
