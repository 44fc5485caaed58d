import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignComparisonType, keyProblems, VERGLEICHSTYPEN } from './unit-keys.ts';

const messages = (problems: { path: string; message: string }[]) =>
  problems.map((p) => `${p.path}: ${p.message}`);

test('Regionalschlüssel and Jobcenter-Nummer have the length of the unit kind', () => {
  assert.deepEqual(keyProblems('land', { regionalschluessel: '05' }), []);
  assert.deepEqual(
    keyProblems('traeger', { regionalschluessel: '05554', dienststelle: '05554' }, '05'),
    [],
  );
  assert.deepEqual(keyProblems('jobcenter', { regionalschluessel: '05554004' }, '05'), []);
  assert.deepEqual(keyProblems('agentur', { dienststelle: '337' }), []);
  assert.deepEqual(messages(keyProblems('traeger', { regionalschluessel: '055' }, '05')), [
    'regionalschluessel: Regionalschlüssel: 5 Ziffern erwartet für Träger (erhalten: 3).',
  ]);
  assert.deepEqual(messages(keyProblems('traeger', { regionalschluessel: '09162' }, '05')), [
    'regionalschluessel: Regionalschlüssel: 09162 beginnt nicht mit dem Schlüssel 05 des Landes.',
  ]);
  assert.deepEqual(
    messages(keyProblems('agentur', { regionalschluessel: '05', dienststelle: '33' })),
    [
      'regionalschluessel: Regionalschlüssel: eine Einheit der Art „Agentur für Arbeit“ hat keinen (nur Land, Träger, kommunaler Träger und örtliches Jobcenter).',
      'dienststelle: Dienststellennummer: 3 Ziffern erwartet (erhalten: 2).',
    ],
  );
  assert.deepEqual(messages(keyProblems('land', { dienststelle: '12345' })).length, 1);
});

const BORKEN = {
  name: 'Kreis Borken',
  kind: 'traeger' as const,
  validFrom: '2005-01-01',
  validTo: null,
};

test('a Vergleichstyp holds from a day on; the one before ends the day before', () => {
  assert.equal(VERGLEICHSTYPEN.length, 15);
  const first = assignComparisonType(BORKEN, [], 'IIIa', '2014-01-01');
  assert.deepEqual(first, {
    problems: [],
    assignments: [{ typ: 'IIIa', validFrom: '2014-01-01', validTo: null }],
  });
  const second = assignComparisonType(BORKEN, first.assignments, 'IIb', '2019-01-01');
  assert.deepEqual(second.assignments, [
    { typ: 'IIIa', validFrom: '2014-01-01', validTo: '2018-12-31' },
    { typ: 'IIb', validFrom: '2019-01-01', validTo: null },
  ]);
  assert.deepEqual(
    assignComparisonType(BORKEN, second.assignments, null, '2020-07-01').assignments,
    [
      { typ: 'IIIa', validFrom: '2014-01-01', validTo: '2018-12-31' },
      { typ: 'IIb', validFrom: '2019-01-01', validTo: '2020-06-30' },
    ],
  );
});

test('a Vergleichstyp is refused with the field: unknown code, not a Träger, before the latest one', () => {
  const paths = (r: ReturnType<typeof assignComparisonType>) => messages(r.problems);
  assert.deepEqual(paths(assignComparisonType(BORKEN, [], 'IVa', '2014-01-01')), [
    'vergleichstyp.typ: Vergleichstyp: „IVa“ ist kein Typ des IAB; erwartet Ia … Ie, IIa … IIe oder IIIa … IIIe.',
  ]);
  assert.match(
    paths(assignComparisonType({ ...BORKEN, kind: 'jobcenter' }, [], 'Ia', '2014-01-01'))[0]!,
    /^vergleichstyp\.typ: .*gelten für Träger/,
  );
  const running = [{ typ: 'IIIa', validFrom: '2014-01-01', validTo: null }];
  assert.match(
    paths(assignComparisonType(BORKEN, running, 'Ia', '2013-01-01'))[0]!,
    /^vergleichstyp\.validFrom: .*gilt seit 01\.01\.2014/,
  );
  assert.match(
    paths(assignComparisonType(BORKEN, running, 'IIIa', '2015-01-01'))[0]!,
    /schon IIIa/,
  );
  assert.match(
    paths(assignComparisonType(BORKEN, [], 'Ia', '2004-01-01'))[0]!,
    /^vergleichstyp\.validFrom: /,
  );
});
