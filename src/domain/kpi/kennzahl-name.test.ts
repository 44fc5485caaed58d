import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kennzahlNameFor, kennzahlNameOfMonth } from './kennzahl-name.ts';
import { renderMetricLabel, renderMetricPhrase } from '../agreements/metric-name.ts';

test('K2E3 is named by the report month: the 2019 amendment renamed it from March 2019 on', () => {
  assert.equal(kennzahlNameFor('K2E3', 2019, 2), 'Nachhaltigkeit der Integrationen');
  assert.equal(kennzahlNameFor('K2E3', 2019, 3), 'Kontinuierliche Beschäftigung nach Integration');
  assert.equal(kennzahlNameFor('K2E3', 2014, 12), 'Nachhaltigkeit der Integrationen');
  assert.equal(kennzahlNameOfMonth('K2E3', '2019-02'), 'Nachhaltigkeit der Integrationen');
  assert.equal(
    kennzahlNameOfMonth('K2E3', '2019-03'),
    'Kontinuierliche Beschäftigung nach Integration',
  );
});

test('JDW_LZB is a Jahresfortschrittswert in the year and the Jahresdurchschnittswert in December', () => {
  assert.equal(
    kennzahlNameFor('JDW_LZB', 2014, 11),
    'Jahresfortschrittswert des durchschnittlichen LZB-Bestands',
  );
  assert.equal(kennzahlNameFor('JDW_LZB', 2014, 12), 'Jahresdurchschnittswert des LZB-Bestands');
  assert.equal(
    kennzahlNameOfMonth('JDW_LZB', '2014-01'),
    'Jahresfortschrittswert des durchschnittlichen LZB-Bestands',
  );
});

test('other Kennzahlen keep their name; a month outside 1 … 12 is refused', () => {
  assert.equal(kennzahlNameFor('K2', 2014, 3), 'Integrationsquote');
  assert.equal(kennzahlNameFor('JFW_K2', 2014, 3), 'Jahresfortschrittswert der Integrationsquote');
  assert.throws(() => kennzahlNameFor('K2', 2014, 13), RangeError);
});

test('labels and sentences take the name of their month', () => {
  const k2e3 = { source: 'kennzahl', id: 'K2E3', sex: 'w' } as const;
  assert.equal(
    renderMetricLabel(k2e3, undefined, { year: 2019, month: 2 }),
    'Nachhaltigkeit der Integrationen der Frauen',
  );
  assert.equal(
    renderMetricLabel(k2e3, undefined, { year: 2019, month: 3 }),
    'Kontinuierliche Beschäftigung nach Integration der Frauen',
  );
  assert.equal(
    renderMetricPhrase(k2e3, undefined, { year: 2018, month: 12 }),
    'die Nachhaltigkeit der Integrationen der Frauen',
  );
  assert.equal(
    renderMetricPhrase(k2e3, undefined, { year: 2019, month: 12 }),
    'die kontinuierliche Beschäftigung nach Integration der Frauen',
  );
  const jdw = { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' } as const;
  assert.equal(
    renderMetricLabel(jdw, undefined, { year: 2014, month: 11 }),
    'Jahresfortschrittswert des durchschnittlichen LZB-Bestands',
  );
  assert.equal(
    renderMetricLabel(jdw, undefined, { year: 2014, month: 12 }),
    'Jahresdurchschnittswert des LZB-Bestands',
  );
});
