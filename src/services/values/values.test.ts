import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { count } from 'drizzle-orm';
import { auditLog, datenstaende, metricValues } from '../../db/schema/index.ts';
import { ACTORS, startServiceTestBed, type ServiceTestBed } from '../test-support.ts';
import { AppError } from '../errors.ts';
import { BASE_QUANTITIES } from '../../domain/kpi/catalog.ts';
import { importValues } from './import-values.ts';
import { queryValues } from './query-values.ts';
import type { ValueRow } from './value-row.ts';

let bed: ServiceTestBed;
before(async () => {
  bed = await startServiceTestBed();
});
after(async () => {
  await bed.database.destroy();
});

const row = (unitId: string, month: string, value: number | null, metric = 'ELB'): ValueRow => ({
  unitId,
  month,
  sex: 'insgesamt',
  kind: 'grundgroesse',
  metric,
  value,
  zaehler: null,
  nenner: null,
  quality: value === null ? 'fehlend' : 'final',
});

async function storeCounts() {
  const [values] = await bed.database.db.select({ n: count() }).from(metricValues);
  const [stands] = await bed.database.db.select({ n: count() }).from(datenstaende);
  return { values: values!.n, stands: stands!.n };
}

test('a new Datenstand does not overwrite the old one; latest takes the newest per month', async () => {
  const ctx = bed.as(ACTORS.ministerium);
  const first = await importValues(
    ctx,
    { stand: '2014-04-30', source: 'mikrodaten', label: 'April' },
    [row('05554', '2014-01', 10_800), row('05554', '2014-02', 10_750)],
  );
  // the revision covers February only: January must still come from the first Datenstand
  const second = await importValues(
    ctx,
    { stand: '2014-05-31', source: 'ba_veroeffentlichung', label: 'Mai' },
    [row('05554', '2014-02', 10_760)],
  );
  const latest = await queryValues(ctx, {
    unitIds: ['05554'],
    kind: 'grundgroesse',
    metrics: ['ELB'],
    from: '2014-01',
    to: '2014-12',
    datenstand: 'latest',
  });
  assert.deepEqual(
    latest.map((v) => [v.month, v.value, v.datenstandId]),
    [
      ['2014-01', 10_800, first.datenstandId],
      ['2014-02', 10_760, second.datenstandId],
    ],
  );
  const old = await queryValues(ctx, {
    unitIds: ['05554'],
    kind: 'grundgroesse',
    metrics: ['ELB'],
    from: '2014-01',
    to: '2014-12',
    datenstand: first.datenstandId,
  });
  assert.deepEqual(
    old.map((v) => [v.month, v.value]),
    [
      ['2014-01', 10_800],
      ['2014-02', 10_750],
    ],
  );
});

test('an import that fails halfway leaves the store as it was', async () => {
  const before = await storeCounts();
  const auditBefore = (await bed.database.db.select({ n: count() }).from(auditLog))[0]!.n;
  // 10,800 valid rows, then a duplicate of row 1 in the third batch of 5,000: the database refuses it mid-way
  const rows: ValueRow[] = [];
  for (let y = 1990; y < 2015; y++)
    for (let m = 1; m <= 12; m++)
      for (const metric of BASE_QUANTITIES.slice(0, 12)) {
        for (const unit of ['05554', '05554004', '05554008'] as const)
          rows.push(row(unit, `${y}-${String(m).padStart(2, '0')}`, 1, metric));
      }
  assert.ok(rows.length > 10_001);
  rows.splice(10_001, 0, rows[0]!);
  await assert.rejects(
    importValues(
      bed.as(ACTORS.ministerium, new Date('2015-02-01T08:00:00Z')),
      { stand: '2015-01-31', source: 'mikrodaten', label: 'kaputt' },
      rows,
    ),
    (e: unknown) => {
      assert.ok(e instanceof AppError && e.code === 'validation', String(e));
      assert.match(e.message, /Werten 10001–10801: doppelter Wert/);
      return true;
    },
  );
  assert.deepEqual(await storeCounts(), before);
  assert.equal((await bed.database.db.select({ n: count() }).from(auditLog))[0]!.n, auditBefore);
});

test('invalid rows are all named before anything is written', async () => {
  const ctx = bed.as(ACTORS.ministerium, new Date('2014-07-01T08:00:00Z'));
  const before = await storeCounts();
  await assert.rejects(
    importValues(ctx, { stand: '2014-06-30', source: 'mikrodaten', label: 'x' }, [
      row('05554', '2014-13', 1),
      row('09162', '2014-01', 1),
      row('05554', '2014-01', 1, 'K9'),
      row('05554', '2014-02', null),
    ]),
    (e: unknown) => {
      assert.ok(e instanceof AppError);
      assert.deepEqual(
        e.details.map((d) => d.path),
        ['Zeile 1, month', 'Zeile 2, unitId', 'Zeile 3, metric'],
      );
      return true;
    },
  );
  assert.deepEqual(await storeCounts(), before);
});

test('a user sees only the units of the role: Bayern cannot read Kreis Borken', async () => {
  await assert.rejects(
    queryValues(bed.as(ACTORS.bayern), {
      unitIds: ['05554'],
      kind: 'grundgroesse',
      metrics: ['ELB'],
      from: '2014-01',
      to: '2014-12',
      datenstand: 'latest',
    }),
    /nicht gefunden/,
  );
  await assert.rejects(
    queryValues(bed.as(ACTORS.jobcenter), {
      unitIds: ['05554008'],
      kind: 'grundgroesse',
      metrics: ['ELB'],
      from: '2014-01',
      to: '2014-12',
      datenstand: 'latest',
    }),
    /nicht gefunden/,
  );
});
