/**
 * Keys and Vergleichstyp of units over the API: Regionalschlüssel and Jobcenter-Nummer or
 * Dienststellennummer in the length of the unit's kind, IAB Vergleichstypen dated; bad input is
 * refused with a German message naming the field (422, the one status of invalid input), never a
 * 5xx; every change is audited; only the administration may.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ACTORS } from '../../../services/test-support.ts';
import { auditOf, startApiTestBed, type ApiTestBed } from '../../test-support.ts';

let api: ApiTestBed;
const admin = ACTORS.administration;

before(async () => {
  api = await startApiTestBed();
});
after(async () => {
  await api.bed.database.destroy();
});

const traeger = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Kreis ${id}`,
  kind: 'traeger',
  traegerForm: 'zkT',
  parentId: '05',
  validFrom: '2005-01-01',
  ...extra,
});
const current = async (id: string) =>
  (await api.call('GET', '/api/admin/units', undefined, admin)).body.find(
    (u: { id: string }) => u.id === id,
  );
const refusal = (r: {
  status: number;
  body: { error: { details: { path: string; message: string }[] } };
}) => {
  assert.equal(r.status, 422, JSON.stringify(r.body));
  return r.body.error.details.map((d) => `${d.path}: ${d.message}`);
};

test('a Träger with Regionalschlüssel, Jobcenter-Nummer and Vergleichstyp from its first day', async () => {
  const nrw = await current('05');
  const keyed = await api.call(
    'PATCH',
    '/api/admin/units/05',
    { rowVersion: nrw.rowVersion, regionalschluessel: '05' },
    admin,
  );
  assert.equal(keyed.status, 200, JSON.stringify(keyed.body));
  const r = await api.call(
    'POST',
    '/api/admin/units',
    traeger('05558', { regionalschluessel: '05558', dienststelle: '05558', vergleichstyp: 'IIIa' }),
    admin,
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.equal(r.body.regionalschluessel, '05558');
  assert.equal(r.body.dienststelle, '05558');
  assert.deepEqual(r.body.vergleichstypen, [
    { typ: 'IIIa', validFrom: '2005-01-01', validTo: null },
  ]);
});

test('bad keys and types are refused naming the field, in German', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [
      traeger('X1', { regionalschluessel: '05a58' }),
      'regionalschluessel: Regionalschlüssel: nur Ziffern 0–9 erwartet',
    ],
    [
      traeger('X2', { regionalschluessel: '055' }),
      'regionalschluessel: Regionalschlüssel: 5 Ziffern erwartet für Träger (erhalten: 3).',
    ],
    [
      traeger('X3', { regionalschluessel: '09162' }),
      'regionalschluessel: Regionalschlüssel: 09162 beginnt nicht mit dem Schlüssel 05 des Landes.',
    ],
    [
      traeger('X4', { dienststelle: '123' }),
      'dienststelle: Jobcenter-Nummer: 5 Ziffern erwartet (erhalten: 3).',
    ],
    [
      traeger('X5', { vergleichstyp: 'IVa' }),
      'vergleichstyp: Vergleichstyp: ein Typ des IAB erwartet (Ia … Ie, IIa … IIe, IIIa … IIIe)',
    ],
    [
      {
        id: 'X6',
        name: 'Land X',
        kind: 'land',
        parentId: 'DE',
        validFrom: '2005-01-01',
        regionalschluessel: '051',
      },
      'regionalschluessel: Regionalschlüssel: 2 Ziffern erwartet für Land (erhalten: 3).',
    ],
    [
      {
        id: 'X7',
        name: 'Agentur X',
        kind: 'agentur',
        parentId: null,
        validFrom: '2005-01-01',
        dienststelle: '33',
      },
      'parentId: Die übergeordnete Einheit fehlt: über einer Agentur für Arbeit steht eine Regionaldirektion.',
    ],
  ];
  for (const [body, message] of cases) {
    const r = await api.call('POST', '/api/admin/units', body, admin);
    assert.ok(refusal(r).includes(message), `${JSON.stringify(body)} → ${JSON.stringify(r.body)}`);
  }
  const borken = await current('05554');
  const patch = (body: Record<string, unknown>) =>
    api.call('PATCH', '/api/admin/units/05554', { rowVersion: borken.rowVersion, ...body }, admin);
  assert.match(
    refusal(await patch({ vergleichstyp: { typ: 'Ib', validFrom: '2014-02-30' } })).join(),
    /^vergleichstyp\.validFrom: Vergleichstyp gültig ab/,
  );
  assert.deepEqual(refusal(await patch({ dienststelle: '' })), [
    'dienststelle: Jobcenter-Nummer/Dienststellennummer: leer; zum Entfernen null senden',
  ]);
  const ahaus = await current('05554004');
  const notTraeger = await api.call(
    'PATCH',
    '/api/admin/units/05554004',
    { rowVersion: ahaus.rowVersion, vergleichstyp: { typ: 'Ia', validFrom: '2014-01-01' } },
    admin,
  );
  assert.match(
    refusal(notTraeger)[0]!,
    /^vergleichstyp\.typ: Vergleichstyp: die SGB II-Vergleichstypen des IAB gelten für Träger/,
  );
});

test('a new Vergleichstyp from a day on ends the one before; each change is audited; only the administration', async () => {
  let unit = await current('05558');
  const change = await api.call(
    'PATCH',
    '/api/admin/units/05558',
    {
      rowVersion: unit.rowVersion,
      vergleichstyp: { typ: 'IIb', validFrom: '2019-01-01' },
      dienststelle: null,
    },
    admin,
  );
  assert.equal(change.status, 200, JSON.stringify(change.body));
  assert.deepEqual(change.body.vergleichstypen, [
    { typ: 'IIIa', validFrom: '2005-01-01', validTo: '2018-12-31' },
    { typ: 'IIb', validFrom: '2019-01-01', validTo: null },
  ]);
  assert.equal(change.body.dienststelle, null);
  unit = change.body;
  const earlier = await api.call(
    'PATCH',
    '/api/admin/units/05558',
    { rowVersion: unit.rowVersion, vergleichstyp: { typ: 'Ia', validFrom: '2018-01-01' } },
    admin,
  );
  assert.match(refusal(earlier)[0]!, /^vergleichstyp\.validFrom: .*gilt seit 01\.01\.2019/);
  assert.deepEqual(await auditOf(api, 'unit', '05558'), [
    [
      'unit.create',
      {
        name: 'Kreis 05558',
        kind: 'traeger',
        traegerForm: 'zkT',
        parentId: '05',
        validFrom: '2005-01-01',
        regionalschluessel: '05558',
        dienststelle: '05558',
        vergleichstyp: 'IIIa',
      },
    ],
    [
      'unit.update',
      {
        changes: {
          dienststelle: { from: '05558', to: null },
          vergleichstyp: { from: 'IIIa', to: 'IIb', validFrom: '2019-01-01' },
        },
      },
    ],
  ]);
  const byLand = await api.call(
    'PATCH',
    '/api/admin/units/05558',
    { rowVersion: unit.rowVersion, regionalschluessel: '05558' },
    ACTORS.ministerium,
  );
  assert.equal(byLand.status, 403, JSON.stringify(byLand.body));
  assert.match(byLand.body.error.message, /Einheiten verwaltet nur die Administration/);
});
