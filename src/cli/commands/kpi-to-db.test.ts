/**
 * `kpi compute --to-db` through the command line into a real PostgreSQL (DATABASE_URL): the
 * hand-derived LZB fixture values arrive as one Datenstand with source 'mikrodaten', computed by
 * version 2 of the Kennzahlen contract; a second run adds a second Datenstand and leaves the first
 * as it was.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startTestDatabase, type TestDatabase } from '../../db/test-database.ts';
import { fixtureDir } from '../../engine/fixtures/run.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let database: TestDatabase;
before(async () => {
  database = await startTestDatabase();
});
after(async () => {
  await database.destroy();
});

const run = (stand: string) =>
  promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'kpi',
      'compute',
      '--input',
      fixtureDir('lzb'),
      '--from',
      '2013-12',
      '--to',
      '2014-03',
      '--to-db',
      '--stand',
      stand,
      '--label',
      `LZB-Fixture ${stand}`,
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url } },
  );

test('kpi compute --to-db stores the results as new Datenstände, never overwriting', async () => {
  const first = await run('2014-06-30');
  assert.match(
    first.stdout,
    /Datenstand 1 \(2014-06-30, "LZB-Fixture 2014-06-30"\): \d+ values stored/,
  );
  await run('2014-07-31');
  const stands = await database.pool.query(
    'SELECT id, stand::text, source, kennzahlen_vertrag FROM datenstaende ORDER BY id',
  );
  assert.deepEqual(stands.rows, [
    { id: 1, stand: '2014-06-30', source: 'mikrodaten', kennzahlen_vertrag: 2 },
    { id: 2, stand: '2014-07-31', source: 'mikrodaten', kennzahlen_vertrag: 2 },
  ]);
  // lzb.fixture: u638 is LZB in 2014-01 (1), u637 is not (0); 2013-12 is missing (before the data).
  // The fixture's data end in 2014-03, so 2014-01 lies in the three-month Wartezeit: vorläufig.
  const lzb = await database.pool.query(
    "SELECT unit_id, month, value, quality FROM metric_values WHERE datenstand_id = 1 AND metric = 'LZB' AND sex = 'insgesamt' AND unit_id IN ('u637', 'u638') AND month IN ('2013-12', '2014-01') ORDER BY unit_id, month",
  );
  assert.deepEqual(
    lzb.rows.map((r) => [r.unit_id, r.month, r.value, r.quality]),
    [
      ['u637', '2013-12', null, 'fehlend'],
      ['u637', '2014-01', 0, 'vorlaeufig'],
      ['u638', '2013-12', null, 'fehlend'],
      ['u638', '2014-01', 1, 'vorlaeufig'],
    ],
  );
  const same = await database.pool.query(
    'SELECT count(*)::int AS n FROM metric_values GROUP BY datenstand_id ORDER BY datenstand_id',
  );
  assert.equal(same.rows[0].n, same.rows[1].n);
});
