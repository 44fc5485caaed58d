import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApiTestBed, type ApiTestBed } from '../../test-support.ts';
import { ACTORS } from '../../../services/test-support.ts';
import { loadEngineResult } from '../../../services/values/load-engine-result.ts';
import { parseMonth } from '../../../domain/shared/month.ts';

let api: ApiTestBed;
before(async () => {
  api = await startApiTestBed();
});
after(async () => {
  await api.bed.database.destroy();
});

test('health and the OpenAPI document answer', async () => {
  assert.deepEqual(await api.call('GET', '/api/health'), {
    status: 200,
    body: { status: 'ok', store: 'ok' },
  });
  const doc = await api.call('GET', '/api/openapi.json');
  assert.equal(doc.status, 200);
  assert.ok(doc.body.paths['/api/values'].get);
  assert.ok(doc.body.paths['/api/datenstaende'].post);
});

test('published figures are entered by hand and read back with Datenstand and quality', async () => {
  const entered = await api.call(
    'POST',
    '/api/datenstaende',
    {
      datenstand: {
        stand: '2015-04-30',
        source: 'ba_veroeffentlichung',
        label: 'BA, Kennzahlen nach § 48a, Dezember 2014',
      },
      values: [
        {
          unitId: '05554',
          month: '2014-12',
          sex: 'insgesamt',
          kind: 'kennzahl',
          metric: 'K2',
          value: 25.1,
          zaehler: 2711,
          nenner: 10801,
          quality: 'final',
        },
      ],
    },
    ACTORS.ministerium,
  );
  assert.equal(entered.status, 201);
  const read = await api.call(
    'GET',
    '/api/values?units=05554&kind=kennzahl&metrics=K2&from=2014-01&to=2014-12',
  );
  assert.equal(read.status, 200);
  assert.equal(read.body.length, 1);
  assert.equal(read.body[0].value, 25.1);
  assert.equal(read.body[0].stand, '2015-04-30');
  assert.equal(read.body[0].source, 'ba_veroeffentlichung');
});

test('bad input gets the one error shape naming each field', async () => {
  const bad = await api.call('POST', '/api/datenstaende', {
    datenstand: { stand: '30.04.2015', source: 'ba', label: '' },
    values: [],
  });
  assert.equal(bad.status, 422);
  assert.equal(bad.body.error.code, 'validation');
  assert.deepEqual(bad.body.error.details.map((d: { path: string }) => d.path).sort(), [
    'datenstand.label',
    'datenstand.source',
    'datenstand.stand',
    'values',
  ]);
  const unknownUnit = await api.call(
    'GET',
    '/api/values?units=09162&metrics=K2&from=2014-01&to=2014-12',
    undefined,
    ACTORS.ministerium,
  );
  assert.equal(unknownUnit.status, 404);
  assert.match(unknownUnit.body.error.message, /Einheit 09162 nicht gefunden/);
});

test('a local indicator is defined with its definition and unit, its monthly values entered by hand', async () => {
  const defined = await api.call('PUT', '/api/local-indicators/ELB_U25', {
    id: 'ELB_U25',
    name: 'eLb unter 25 Jahren',
    definition: 'Erwerbsfähige Leistungsberechtigte unter 25 Jahren am Stichtag (Personen)',
    unit: 'Personen',
    source: { kind: 'manuell' },
    rowVersion: null,
  });
  assert.equal(defined.status, 200, JSON.stringify(defined.body));
  const stale = await api.call('PUT', '/api/local-indicators/ELB_U25', {
    ...defined.body,
    name: 'U25',
    rowVersion: 7,
  });
  assert.equal(stale.status, 409);
  const entered = await api.call('POST', '/api/datenstaende', {
    datenstand: { stand: '2014-05-15', source: 'manuell', label: 'U25 aus dem Fachverfahren' },
    values: [
      {
        unitId: '05554',
        month: '2014-04',
        sex: 'insgesamt',
        kind: 'lokal',
        metric: 'ELB_U25',
        value: 1_412,
        quality: 'vorlaeufig',
      },
    ],
  });
  assert.equal(entered.status, 201, JSON.stringify(entered.body));
  const read = await api.call(
    'GET',
    '/api/values?units=05554&kind=lokal&metrics=ELB_U25&from=2014-01&to=2014-12',
  );
  assert.deepEqual(
    read.body.map((v: { value: number; quality: string }) => [v.value, v.quality]),
    [[1_412, 'vorlaeufig']],
  );
  // an örtliches Jobcenter's local indicator, read without the grant: a share resting on 1 person
  // is withheld, and no numerator or denominator is shown
  const local = (month: string, zaehler: number, nenner: number) => ({
    unitId: '05554004',
    month,
    sex: 'insgesamt',
    kind: 'lokal',
    metric: 'ELB_U25',
    value: (100 * zaehler) / nenner,
    zaehler,
    nenner,
    quality: 'final',
  });
  const jobcenter = await api.call('POST', '/api/datenstaende', {
    datenstand: { stand: '2014-06-16', source: 'manuell', label: 'U25 Ahaus' },
    values: [local('2014-04', 1, 20), local('2014-05', 30, 120)],
  });
  assert.equal(jobcenter.status, 201, JSON.stringify(jobcenter.body));
  const withoutGrant = await api.call(
    'GET',
    '/api/values?units=05554004&kind=lokal&metrics=ELB_U25&from=2014-01&to=2014-12',
    undefined,
    ACTORS.ministerium,
  );
  assert.deepEqual(
    withoutGrant.body.map((v: Record<string, unknown>) => [
      v.month,
      v.value,
      v.zaehler,
      v.nenner,
      v.suppressed,
    ]),
    [
      ['2014-04', null, null, null, 'geschuetzt'],
      ['2014-05', 25, null, null, null],
    ],
  );
  // an undefined local indicator is refused naming the row
  const unknown = await api.call('POST', '/api/datenstaende', {
    datenstand: { stand: '2014-05-15', source: 'manuell', label: 'x' },
    values: [
      {
        unitId: '05554',
        month: '2014-04',
        sex: 'insgesamt',
        kind: 'lokal',
        metric: 'ALLEINERZ',
        value: 3,
        quality: 'final',
      },
    ],
  });
  assert.equal(unknown.status, 422);
  assert.equal(unknown.body.error.details[0].path, 'Zeile 1, metric');
  const trail = await api.call(
    'GET',
    `/api/audit?entity=datenstand&id=${entered.body.datenstandId}`,
    undefined,
    ACTORS.ministerium,
  );
  assert.deepEqual(
    trail.body.entries.map((e: { actor: string; action: string }) => [e.actor, e.action]),
    [[ACTORS.traeger.id, 'values.import']],
  );
});

test('an import over the API that fails halfway (a duplicate in the third batch) leaves the store as it was', async () => {
  const before = (
    await api.bed.database.pool.query(
      'SELECT (SELECT count(*) FROM metric_values)::int AS v, (SELECT count(*) FROM datenstaende)::int AS d',
    )
  ).rows[0];
  const values = [];
  for (let y = 1990; y < 2015; y++)
    for (let m = 1; m <= 12; m++)
      for (const metric of [
        'ELB',
        'ELB_AE',
        'ZUGANG_ELB',
        'ABGANG_ELB',
        'LZB',
        'ZUGANG_LZB',
        'ABGANG_LZB',
        'LZB_AKTIV',
        'INT',
        'INT_SVB',
        'INT_AE',
        'INT_LZB',
      ]) {
        for (const unitId of ['05554', '05554004', '05554008'])
          values.push({
            unitId,
            month: `${y}-${String(m).padStart(2, '0')}`,
            sex: 'insgesamt',
            kind: 'grundgroesse',
            metric,
            value: 7,
            quality: 'final',
          });
      }
  // 25 years · 12 months · 12 quantities · 3 units = 10.800 valid rows, plus a copy of row 1 placed
  // last: batches of 5.000 → the third batch (10.001–10.801) fails after two were written
  values.push(values[0]!);
  const r = await api.call(
    'POST',
    '/api/datenstaende',
    {
      datenstand: { stand: '2015-01-31', source: 'mikrodaten', label: 'halb' },
      values,
    },
    ACTORS.ministerium,
  );
  assert.equal(r.status, 422);
  assert.match(r.body.error.message, /Werten 10001–10801: doppelter Wert/);
  const afterwards = (
    await api.bed.database.pool.query(
      'SELECT (SELECT count(*) FROM metric_values)::int AS v, (SELECT count(*) FROM datenstaende)::int AS d',
    )
  ).rows[0];
  assert.deepEqual(afterwards, before);
});

test('without microdata rights a count of 2 is withheld, and so is the sibling that would reveal it, with one mark', async () => {
  const row = (unitId: string, metric: string, value: number) => ({
    unitId,
    month: '2013-07',
    sex: 'w',
    kind: 'grundgroesse',
    metric,
    value,
    quality: 'final',
  });
  // women in Ahaus: 2 integrations (small), Bocholt 40; the Träger total 42 is readable, so Bocholt
  // would reveal Ahaus by subtraction: both withheld (the whole series-year 2013, with no total:
  // the year is not complete), with one mark and no reason. The stocks are not small: shown.
  const stored = await api.call(
    'POST',
    '/api/datenstaende',
    {
      datenstand: { stand: '2013-11-30', source: 'mikrodaten', label: 'klein' },
      values: [
        row('05554004', 'INT', 2),
        row('05554008', 'INT', 40),
        row('05554', 'INT', 42),
        row('05554004', 'ELB', 900),
        row('05554008', 'ELB', 4000),
      ],
    },
    ACTORS.ministerium,
  );
  assert.equal(stored.status, 201, JSON.stringify(stored.body));
  const path =
    '/api/values?units=05554004,05554008,05554&kind=grundgroesse&metrics=INT,ELB&sex=w&from=2013-07&to=2013-07';
  const shown = (
    body: { unitId: string; metric: string; value: number | null; suppressed: string | null }[],
  ) => body.map((v) => `${v.unitId} ${v.metric} ${v.value} ${v.suppressed}`);
  const ministry = await api.call('GET', path, undefined, ACTORS.ministerium);
  assert.deepEqual(shown(ministry.body), [
    '05554 INT 42 null',
    '05554004 ELB 900 null',
    '05554004 INT null geschuetzt',
    '05554008 ELB 4000 null',
    '05554008 INT null geschuetzt',
  ]);
  // even asking for Bocholt alone does not reveal it: its siblings are taken into account
  const alone = await api.call(
    'GET',
    '/api/values?units=05554008&kind=grundgroesse&metrics=INT&sex=w&from=2013-07&to=2013-07',
    undefined,
    ACTORS.ministerium,
  );
  assert.deepEqual(shown(alone.body), ['05554008 INT null geschuetzt']);
  // the Träger's controlling has microdata rights
  const traeger = await api.call('GET', path, undefined, ACTORS.traeger);
  assert.deepEqual(
    shown(traeger.body).filter((s) => s.includes('INT')),
    ['05554 INT 42 null', '05554004 INT 2 null', '05554008 INT 40 null'],
  );
});

test('the list of Datenstände says by which version of the Kennzahlen rules each was computed', async () => {
  // a computation of the engine (kpi compute --to-db) for München: version 2
  const computed = await loadEngineResult(
    api.bed.as(ACTORS.bayern, new Date()),
    {
      einheiten: [{ id: '09162', name: 'München', ebene: 'traeger', parentId: '09' }],
      observation: { first: parseMonth('2012-01'), last: parseMonth('2014-03') },
      baseQuantities: [
        {
          einheitId: '09162',
          monat: parseMonth('2014-01'),
          geschlecht: 'insgesamt',
          groesse: 'ELB',
          wert: 9,
        },
      ],
      kennzahlen: [],
      skipped: [],
      inputRows: {},
    },
    { stand: '2014-06-30', source: 'mikrodaten', label: 'berechnet' },
  );
  // figures loaded through the API were not computed here, whatever their source
  const row = { unitId: '09162', month: '2014-01', sex: 'insgesamt', kind: 'grundgroesse' };
  for (const [source, label] of [
    ['mikrodaten', 'anderswo berechnet'],
    ['ba_veroeffentlichung', 'BA'],
  ]) {
    const loaded = await api.call(
      'POST',
      '/api/datenstaende',
      {
        datenstand: { stand: '2014-07-31', source, label },
        values: [{ ...row, metric: 'ELB', value: 10, quality: 'final' }],
      },
      ACTORS.bayern,
    );
    assert.equal(loaded.status, 201, JSON.stringify(loaded.body));
  }
  const list = await api.call('GET', '/api/datenstaende', undefined, ACTORS.bayern);
  assert.equal(list.status, 200);
  assert.deepEqual(
    list.body.map((d: Record<string, unknown>) => [d.label, d.source, d.kennzahlenVertrag]),
    [
      ['BA', 'ba_veroeffentlichung', null],
      ['anderswo berechnet', 'mikrodaten', null],
      ['berechnet', 'mikrodaten', 2],
    ],
  );
  assert.equal(list.body.at(-1).id, computed.datenstandId);
  // the store refuses a version on figures not computed from microdata
  await assert.rejects(
    api.bed.database.pool.query(
      "UPDATE datenstaende SET kennzahlen_vertrag = 2 WHERE source = 'ba_veroeffentlichung'",
    ),
    /datenstaende_kennzahlen_vertrag/,
  );
  // the OpenAPI document lists the field
  const doc = await api.call('GET', '/api/openapi.json');
  const listed =
    doc.body.paths['/api/datenstaende'].get.responses['200'].content['application/json'].schema;
  const item = listed.items.$ref
    ? doc.body.components.schemas[listed.items.$ref.split('/').at(-1)]
    : listed.items;
  assert.deepEqual(item.properties.kennzahlenVertrag.type, ['integer', 'null']);
  assert.match(
    item.properties.kennzahlenVertrag.description,
    /Version der Kennzahlen-Rechenregeln/,
  );
  assert.ok(item.required.includes('kennzahlenVertrag'));
});
