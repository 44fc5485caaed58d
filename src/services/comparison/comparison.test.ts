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
const months = (from: string, to: string) => {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5)); ; m++) {
    if (m > 12) [y, m] = [y + 1, 1];
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month === to) return out;
  }
};
const months2014 = months('2014-01', '2014-12');

before(async () => {
  bed = await startServiceTestBed();
  // Kreis Borken (05554) with Ahaus and Bocholt, their base quantities from 2013-12 on (the
  // disclosure control decides on them) and the Kennzahlen stored beside them.
  // Ahaus had 2 integrations in January 2014 and 3 in every other month (Σ 35), Bocholt 4 a
  // month (Σ 48): Ahaus's months of 2014 are withheld, and Bocholt's with them (the Träger's
  // months are shown); their year totals, and so K2 of December (Σ12 = the year), are shown.
  // Zugänge in LZB: Ahaus 1 a month (year total 12), Bocholt 2 in December (year total 2, small).
  // K3E3 of December is Σ12 ZUGANG_LZB / Σ12 LZB (contract version 2): Ahaus 12 / (12 · 50) =
  // 2 %, Bocholt 2 / (12 · 80) = 0,208… %. An averaged rate needs every month it reads released
  // (kennzahl-release.ts): withheld for both to viewers without microdata rights.
  await importValues(
    bed.as(ACTORS.ministerium, new Date('2015-05-01T08:00:00Z')),
    { stand: '2015-04-30', source: 'mikrodaten', label: 'Test' },
    [
      kz('05554004', 'K2', 420, 35, 100 / 12),
      kz('05554008', 'K2', 288, 48, 200 / 12),
      kz('05554', 'K2', 332, 83, 300 / 12),
      kz('05554004', 'K2', 396, 33, 100 / 12, '2014-11'),
      kz('05554004', 'K3E3', 2, 12, 600),
      kz('05554008', 'K3E3', 100 * (2 / 960), 2, 960),
      ...months('2013-12', '2014-12').flatMap((m) => [
        gg('05554004', 'ELB', m, 100),
        gg('05554008', 'ELB', m, 200),
        gg('05554004', 'LZB', m, 50),
        gg('05554008', 'LZB', m, 80),
      ]),
      ...months2014.flatMap((m) => [
        gg('05554004', 'INT', m, m === '2014-01' ? 2 : 3),
        gg('05554008', 'INT', m, 4),
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

test('the ministry (no microdata rights) sees what the disclosure control releases: year values shown, months withheld', async () => {
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
  // December's K2 reads all twelve months of 2014, whose totals are shown: both shown
  assert.deepEqual(row(result, 'K2'), [
    ['05554004', 420, null],
    ['05554008', 288, null],
  ]);
  assert.equal(result.rows.find((r) => r.kennzahl === 'K2')!.total?.value, 332);
  // K3E3: withheld for both, one mark, no reason
  assert.deepEqual(row(result, 'K3E3'), [
    ['05554004', null, 'geschuetzt'],
    ['05554008', null, 'geschuetzt'],
  ]);
  assert.equal(result.suppressedAny, true);
  assert.match(result.note ?? '', /1 oder 2 Personen/);
  assert.equal(result.viewer.microdataRights, false);
  // November's K2 reads December 2013 and eleven withheld months of 2014
  const november = await compareJobcenters(bed.as(ACTORS.ministerium), {
    parent: '05554',
    month: '2014-11',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.deepEqual(row(november, 'K2'), [
    ['05554004', null, 'geschuetzt'],
    ['05554008', null, null],
  ]);
});

test('the Träger with microdata rights sees every figure of its own Jobcenter, with quartiles', async () => {
  const result = await compareJobcenters(bed.as(ACTORS.traeger), {
    parent: '05554',
    month: '2014-12',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.deepEqual(row(result, 'K2'), [
    ['05554004', 420, null],
    ['05554008', 288, null],
  ]);
  assert.deepEqual(row(result, 'K3E3'), [
    ['05554004', 2, null],
    ['05554008', 100 * (2 / 960), null],
  ]);
  // n = 2: Q1 = 288 + 0.25·132 = 321, median 354, Q3 387
  assert.deepEqual(result.rows.find((r) => r.kennzahl === 'K2')!.distribution, {
    n: 2,
    min: 288,
    q1: 321,
    median: 354,
    q3: 387,
    max: 420,
  });
  assert.equal(result.note, null);
});

test('an örtliches Jobcenter compares itself with its peers under the same release; another Land gets nothing', async () => {
  const result = await compareJobcenters(bed.as(ACTORS.jobcenter), {
    parent: '05554',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.deepEqual(row(result, 'K3E3'), [
    ['05554004', null, 'geschuetzt'],
    ['05554008', null, 'geschuetzt'],
  ]);
  assert.deepEqual(row(result, 'K2'), [
    ['05554004', 420, null],
    ['05554008', 288, null],
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
  // Träger are compared with their published Kennzahlen: exact, also outside the own area
  assert.deepEqual(row(typed, 'K2'), [
    ['05111', 30, null],
    ['05554', 332, null],
  ]);
  const jobcenter = await compareWithinVergleichstyp(bed.as(ACTORS.traeger), {
    unit: '05554004',
    sex: 'insgesamt',
    datenstand: 'latest',
  });
  assert.match(jobcenter.message, /gelten für Träger/);
});
