/**
 * Migration 0009: Datenstände stored before the column keep what computed them — those from
 * microdata were computed by version 1 of the Kennzahlen contract, BA publications and manual
 * entries were not computed here (null) — and their figures stay as they were.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startBareCluster, type BareCluster } from './migration-test-support.ts';

let cluster: BareCluster;

before(async () => {
  cluster = await startBareCluster('zs-datenstand-version-');
});
after(async () => {
  await cluster.destroy();
});

test('old Datenstände from microdata become version 1, the others stay without a version', async () => {
  await cluster.migrateTo('0008_review_marks');
  const q = (sql: string, params: unknown[] = []) => cluster.pool.query(sql, params);
  await q(
    `INSERT INTO units (id, name, kind, valid_from) VALUES ('05554', 'Kreis Borken', 'traeger', '2005-01-01')`,
  );
  await q(`INSERT INTO datenstaende (stand, source, label, created_by) VALUES
    ('2016-04-30', 'mikrodaten', 'Demo', 'demo'),
    ('2015-04-30', 'ba_veroeffentlichung', 'BA Dezember 2014', 'mais'),
    ('2014-05-15', 'manuell', 'U25', 'borken')`);
  await q(`INSERT INTO metric_values (datenstand_id, unit_id, month, sex, kind, metric, value, quality)
    VALUES (1, '05554', '2014-01', 'insgesamt', 'grundgroesse', 'ZUGANG_ELB', 412, 'final')`);
  await cluster.migrateTo();

  const stands = await q('SELECT id, source, kennzahlen_vertrag FROM datenstaende ORDER BY id');
  assert.deepEqual(stands.rows, [
    { id: 1, source: 'mikrodaten', kennzahlen_vertrag: 1 },
    { id: 2, source: 'ba_veroeffentlichung', kennzahlen_vertrag: null },
    { id: 3, source: 'manuell', kennzahlen_vertrag: null },
  ]);
  const value = await q('SELECT value FROM metric_values WHERE datenstand_id = 1');
  assert.deepEqual(value.rows, [{ value: 412 }]);
  // a computation now is a new Datenstand of version 2 beside the old one; a version is refused
  // where nothing was computed here, and so is a version below 1
  await q(`INSERT INTO datenstaende (stand, source, label, created_by, kennzahlen_vertrag)
    VALUES ('2016-05-31', 'mikrodaten', 'neu', 'demo', 2)`);
  for (const [source, version] of [
    ['manuell', 2],
    ['mikrodaten', 0],
  ] as const)
    await assert.rejects(
      q(
        `INSERT INTO datenstaende (stand, source, label, created_by, kennzahlen_vertrag) VALUES ('2016-05-31', $1, 'x', 'demo', $2)`,
        [source, version],
      ),
      /datenstaende_kennzahlen_vertrag/,
    );
  const mikrodaten = await q(
    "SELECT id, kennzahlen_vertrag FROM datenstaende WHERE source = 'mikrodaten' ORDER BY id",
  );
  assert.deepEqual(mikrodaten.rows, [
    { id: 1, kennzahlen_vertrag: 1 },
    { id: 4, kennzahlen_vertrag: 2 },
  ]);
});
