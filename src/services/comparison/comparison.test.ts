import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { unitComparisonTypes } from '../../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { ACTORS, startServiceTestBed, type ServiceTestBed } from '../test-support.ts';
import { importValues } from '../values/import-values.ts';
import type { ValueRow } from '../values/value-row.ts';
import { compareJobcenters } from './compare-jobcenters.ts';
import { compareWithinVergleichstyp } from './compare-vergleichstyp.ts';

let bed: ServiceTestBed;

const kz = (
  unitId: string,
  metric: string,
  value: number,
  zaehler: number,
  nenner: number,
  month = '2014-12',
): ValueRow => ({
  unitId,
  month,
  sex: 'insgesamt',
  kind: 'kennzahl',
  metric,
  value,
  zaehler,
  nenner,
  quality: 'final',
});
const gg = (unitId: string, metric: string, month: string, value: number): ValueRow => ({
  unitId,
  month,
  sex: 'insgesamt',
  kind: 'grundgroesse',
  metric,
  value,
  zaehler: null,
  nenner: null,
  quality: 'final',
});
const months2014 = Array.from({ length: 12 }, (_, i) => `2014-${String(i + 1).padStart(2, '0')}`);

before(async () => {
  bed = await startServiceTestBed();
  // Kreis Borken (05554) with Ahaus and Bocholt. K2 = Σ12 INT / Ø12' ELB · 100: Ahaus rests on
  // 2 integrations, Bocholt on 50; the Träger's zaehler is their sum (52).
  // K3E3 (Ø of monthly LZB Zugangsraten): Ahaus had 1 Zugang in each month (Σ12 = 12 events),
  // Bocholt 0 in eleven months and 2 in December (Σ12 = 2 events, small).
  await importValues(
    bed.as(ACTORS.ministerium, new Date('2015-05-01T08:00:00Z')),
    { stand: '2015-04-30', source: 'mikrodaten', label: 'Test' },
    [
      kz('05554004', 'K2', 20, 2, 10),
      kz('05554008', 'K2', 25, 50, 200),
      kz('05554', 'K2', 24.8, 52, 210),
      kz('05554004', 'K2', 19, 1.9, 10, '2014-11'),
      kz('05554004', 'K3E3', 1.5, 18, 12),
      kz('05554008', 'K3E3', 0.2, 2.4, 12),
      ...months2014.flatMap((m) => [
        gg('05554004', 'ZUGANG_LZB', m, 1),
        gg('05554008', 'ZUGANG_LZB', m, m === '2014-12' ? 2 : 0),
      ]),
      kz('05111', 'K2', 30, 900, 3000),
    ],
  );
});
after(async () => {
  await bed.database.destroy();
});

const row = (
  result: {
    rows: {
      kennzahl: string;
      cells: { unitId: string; value: number | null; suppressed: string | null }[];
    }[];
  },
  id: string,
) =>
  result.rows.find((r) => r.kennzahl === id)!.cells.map((c) => [c.unitId, c.value, c.suppressed]);

test('the ministry (no microdata rights) sees small counts suppressed, and the cell that would reveal them', async () => {
  const result = await compareJobcenters(bed.as(ACTORS.ministerium), {
    parent: '05554',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.equal(result.month, '2014-12'); // the newest month with a K2 figure of the Träger
  assert.deepEqual(
    result.members.map((m) => m.name),
    ['Ahaus', 'Bocholt'],
  );
  // Ahaus: 2 integrations → kleine_zahl; with the Träger's total shown, Bocholt = 52 − 2 would give it away
  assert.deepEqual(row(result, 'K2'), [
    ['05554004', null, 'kleine_zahl'],
    ['05554008', null, 'rueckrechnung'],
  ]);
  assert.equal(result.rows.find((r) => r.kennzahl === 'K2')!.total?.value, 24.8);
  // K3E3: Bocholt's rate rests on 2 Zugänge over twelve months (no total for K3E3 stored → no secondary)
  assert.deepEqual(row(result, 'K3E3'), [
    ['05554004', 1.5, null],
    ['05554008', null, 'kleine_zahl'],
  ]);
  assert.equal(result.suppressedAny, true);
  assert.equal(result.viewer.microdataRights, false);
});

test('the Träger with microdata rights sees every figure of its own Jobcenter, with quartiles', async () => {
  const result = await compareJobcenters(bed.as(ACTORS.traeger), {
    parent: '05554',
    month: '2014-12',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.deepEqual(row(result, 'K2'), [
    ['05554004', 20, null],
    ['05554008', 25, null],
  ]);
  // n = 2: Q1 = 20 + 0.25·5 = 21.25, median 22.5, Q3 23.75
  assert.deepEqual(result.rows.find((r) => r.kennzahl === 'K2')!.distribution, {
    n: 2,
    min: 20,
    q1: 21.25,
    median: 22.5,
    q3: 23.75,
    max: 25,
  });
  assert.equal(result.note, null);
});

test('an örtliches Jobcenter may compare itself with its peers, suppressed; another Land gets nothing', async () => {
  const result = await compareJobcenters(bed.as(ACTORS.jobcenter), {
    parent: '05554',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.deepEqual(row(result, 'K2'), [
    ['05554004', null, 'kleine_zahl'],
    ['05554008', null, 'rueckrechnung'],
  ]);
  await assert.rejects(
    compareJobcenters(bed.as(ACTORS.bayern), {
      parent: '05554',
      sex: 'insgesamt',
      datenstand: 'latest',
    }),
    (e: unknown) => e instanceof AppError && e.code === 'not_found',
  );
  await assert.rejects(
    compareJobcenters(bed.as(ACTORS.traeger), {
      parent: '05554004',
      sex: 'insgesamt',
      datenstand: 'latest',
    }),
    (e: unknown) => e instanceof AppError && e.code === 'validation',
  );
});

test('Vergleichstyp: none recorded gives a clear empty result; recorded, the peers outside the own area stay protected', async () => {
  const empty = await compareWithinVergleichstyp(bed.as(ACTORS.traeger), {
    unit: '05554',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.equal(empty.basis, null);
  assert.deepEqual(empty.rows, []);
  assert.match(empty.message, /weder ein SGB II-Vergleichstyp noch nächste Nachbarn/);
  await bed.database.db.insert(unitComparisonTypes).values([
    { unitId: '05554', typ: 'IIIa', validFrom: '2014-01-01' },
    { unitId: '05111', typ: 'IIIa', validFrom: '2014-01-01' },
  ]);
  const typed = await compareWithinVergleichstyp(bed.as(ACTORS.traeger), {
    unit: '05554',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.equal(typed.basis, 'vergleichstyp');
  assert.deepEqual(
    typed.members.map((m) => m.name),
    ['Düsseldorf', 'Kreis Borken'],
  );
  // Düsseldorf's K2 rests on 900 integrations: shown although outside the Träger's area (not small)
  assert.deepEqual(row(typed, 'K2'), [
    ['05111', 30, null],
    ['05554', 24.8, null],
  ]);
  const jobcenter = await compareWithinVergleichstyp(bed.as(ACTORS.traeger), {
    unit: '05554004',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.match(jobcenter.message, /gelten für Träger/);
});
