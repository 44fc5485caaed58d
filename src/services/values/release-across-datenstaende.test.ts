/**
 * One release across Datenstände (domain/disclosure/control/combine.ts): a month shown in an older
 * Datenstand must not be subtractable from the year total of a newer one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTORS, startServiceTestBed, type ServiceTestBed } from '../test-support.ts';
import { importValues } from './import-values.ts';
import { readValues, readYearTotal } from './protect-values.ts';
import type { ValueRow } from './value-row.ts';

let bed: ServiceTestBed;
let december: number;
let november: number;

const int = (unitId: string, month: string, value: number): ValueRow => ({
  unitId,
  month,
  sex: 'insgesamt',
  kind: 'grundgroesse',
  metric: 'INT',
  value,
  zaehler: null,
  nenner: null,
  quality: 'final',
});
const JANUARY_TO_NOVEMBER = Array.from(
  { length: 11 },
  (_, i) => `2014-${String(i + 1).padStart(2, '0')}`,
);

before(async () => {
  bed = await startServiceTestBed();
  // Kreis Borken with Ahaus (10 integrations a month) and Bocholt (20): nothing small until
  // November; December, in the next Datenstand, brings Ahaus's 2
  const load = (stand: string, rows: ValueRow[]) =>
    importValues(
      bed.as(ACTORS.ministerium, new Date(`${stand}T12:00:00Z`)),
      { stand, source: 'mikrodaten', label: `Test ${stand}` },
      rows,
    );
  november = (
    await load(
      '2014-12-15',
      JANUARY_TO_NOVEMBER.flatMap((m) => [
        int('05554004', m, 10),
        int('05554008', m, 20),
        int('05554', m, 30),
      ]),
    )
  ).datenstandId;
  // the next load recomputes the whole year
  december = (
    await load('2015-01-15', [
      ...JANUARY_TO_NOVEMBER.flatMap((m) => [
        int('05554004', m, 10),
        int('05554008', m, 20),
        int('05554', m, 30),
      ]),
      int('05554004', '2014-12', 2),
      int('05554008', '2014-12', 20),
      int('05554', '2014-12', 22),
    ])
  ).datenstandId;
});
after(async () => {
  await bed.database.destroy();
});

const ahaus = (datenstand: 'latest' | number) =>
  readValues(bed.as(ACTORS.ministerium), {
    unitIds: ['05554004'],
    kind: 'grundgroesse',
    metrics: ['INT'],
    from: '2014-01',
    to: '2014-12',
    datenstand,
  });

test("the older Datenstand's months are withheld once the newer one withholds the year's months", async () => {
  assert.notEqual(november, december);
  // the newer Datenstand: December is 2, so 2014 of Ahaus (and of Bocholt) is released as a year total
  const total = await readYearTotal(bed.as(ACTORS.ministerium), {
    unitId: '05554004',
    sex: 'insgesamt',
    quantity: 'INT',
    year: 2014,
    datenstand: 'latest',
  });
  assert.equal(total?.value, 112);
  assert.ok(
    (await ahaus('latest')).every((v) => v.value === null && v.suppressed === 'geschuetzt'),
  );
  // the older Datenstand alone would show January … November (10 each, nothing small), and
  // 112 − 110 = 2: they are withheld as well
  const older = await ahaus(november);
  assert.equal(older.length, 11);
  assert.ok(
    older.every((v) => v.value === null && v.suppressed === 'geschuetzt'),
    JSON.stringify(older),
  );
  // with the grant, nothing is withheld
  const exact = await readValues(bed.as(ACTORS.traeger), {
    unitIds: ['05554004'],
    kind: 'grundgroesse',
    metrics: ['INT'],
    from: '2014-01',
    to: '2014-12',
    datenstand: november,
  });
  assert.deepEqual(
    exact.map((v) => v.value),
    JANUARY_TO_NOVEMBER.map(() => 10),
  );
});
