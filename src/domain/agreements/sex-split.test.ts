import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Criterion, Metric } from './criteria.ts';
import { checkSexSplit } from './sex-split.ts';

const intSum = (sex: 'insgesamt' | 'w' | 'm'): Metric => ({
  source: 'grundgroesse',
  id: 'INT',
  sex,
  aggregation: 'jahressumme',
});
const k2 = (sex: 'insgesamt' | 'w' | 'm'): Metric => ({ source: 'kennzahl', id: 'K2', sex });
const atLeast = (metric: Metric, value: number, decimals = 1): Criterion => ({
  kind: 'absolut',
  metric,
  comparison: 'mindestens',
  value,
  tolerance: null,
  decimals,
});
const rise = (metric: Metric, change: number): Criterion => ({
  kind: 'relative_aenderung',
  metric,
  comparison: 'mindestens',
  change,
  unit: 'prozent',
  referenceYear: null,
  decimals: 1,
});
const split = (w: Criterion, m: Criterion) => ({
  parts: [
    { sex: 'w' as const, criterion: w },
    { sex: 'm' as const, criterion: m },
  ],
});

test('counts: the parts must add up to the total', () => {
  assert.deepEqual(
    checkSexSplit({
      total: atLeast(intSum('insgesamt'), 3500, 0),
      split: split(atLeast(intSum('w'), 1700, 0), atLeast(intSum('m'), 1800, 0)),
    }),
    [],
  );
  // 1,700 + 1,700 = 3,400 ≠ 3,500.
  assert.deepEqual(
    checkSexSplit({
      total: atLeast(intSum('insgesamt'), 3500, 0),
      split: split(atLeast(intSum('w'), 1700, 0), atLeast(intSum('m'), 1700, 0)),
    }),
    [
      'Die Teilziele (der Frauen 1.700, der Männer 1.700) ergeben zusammen 3.400, das Gesamtziel 3.500 (Differenz −100); insgesamt zählt auch Personen ohne Angabe des Geschlechts.',
    ],
  );
});

test("quotas: the parts weighted by the reference year's denominators give the total at its decimals", () => {
  const total = atLeast(k2('insgesamt'), 24.6);
  const parts = split(atLeast(k2('w'), 19.6), atLeast(k2('m'), 30.0));
  // (19.6 · 5400 + 30 · 5000) / 10400 = 255840 / 10400 = 24.6 exactly.
  assert.deepEqual(checkSexSplit({ total, split: parts, denominators: { w: 5400, m: 5000 } }), []);
  // m 5010: 256140 / 10410 = 24.6052 → 24.6, still consistent at one decimal.
  assert.deepEqual(checkSexSplit({ total, split: parts, denominators: { w: 5400, m: 5010 } }), []);
  // m 5100: 258840 / 10500 = 24.6514 → 24.7 ≠ 24.6.
  assert.deepEqual(checkSexSplit({ total, split: parts, denominators: { w: 5400, m: 5100 } }), [
    'Die nach den Nennern des Vorjahres gewichteten Teilziele (der Frauen 19,6 %, der Männer 30,0 %) ergeben 24,7 %, das liegt über dem Gesamtziel von 24,6 %.',
  ]);
  assert.deepEqual(checkSexSplit({ total, split: parts }), [
    'Die Nenner des Vorjahres nach Geschlecht fehlen; die Quoten lassen sich nicht gewichten.',
  ]);
});

test('relative targets need the reference values by sex', () => {
  // References w 19.4, m 29.8 weighted 7000 : 6000 give 314600 / 13000 = 24.2, the total's reference.
  // +0.5 % on every part scales the weighted mean by 1.005 too: 24.321 → 24.3 on both sides.
  const referenceValues = { insgesamt: 24.2, w: 19.4, m: 29.8 };
  const denominators = { w: 7000, m: 6000 };
  const total = rise(k2('insgesamt'), 0.5);
  assert.deepEqual(
    checkSexSplit({
      total,
      split: split(rise(k2('w'), 0.5), rise(k2('m'), 0.5)),
      referenceValues,
      denominators,
    }),
    [],
  );
  // m +2 %: 29.8 · 1.02 = 30.396; (19.497 · 7000 + 30.396 · 6000) / 13000 = 24.527 → 24.5 > 24.3.
  const findings = checkSexSplit({
    total,
    split: split(rise(k2('w'), 0.5), rise(k2('m'), 2)),
    referenceValues,
    denominators,
  });
  assert.equal(findings.length, 1);
  assert.match(
    findings[0]!,
    /der Männer 30,4 %\) ergeben 24,5 %, das liegt über dem Gesamtziel von 24,3 %\.$/,
  );
  assert.deepEqual(
    checkSexSplit({ total, split: split(rise(k2('w'), 0.5), rise(k2('m'), 0.5)), denominators }),
    ['Der Vorjahreswert insgesamt fehlt; die Aufteilung lässt sich nicht prüfen.'],
  );
  assert.deepEqual(
    checkSexSplit({
      total,
      split: split(rise(k2('w'), 0.5), rise(k2('m'), 0.5)),
      referenceValues: { insgesamt: 24.2, w: 19.4 },
      denominators,
    }),
    ['Der Vorjahreswert der Männer fehlt; die Aufteilung lässt sich nicht prüfen.'],
  );
});

test('structural findings name the part', () => {
  const total = atLeast(k2('insgesamt'), 24.6);
  const otherBound: Criterion = {
    kind: 'absolut',
    metric: k2('m'),
    comparison: 'hoechstens',
    value: 30,
    tolerance: null,
    decimals: 1,
  };
  assert.deepEqual(checkSexSplit({ total, split: split(atLeast(k2('w'), 19.6), otherBound) }), [
    'Teilziel der Männer: anderer Vergleich (höchstens statt mindestens).',
  ]);
  assert.deepEqual(
    checkSexSplit({ total, split: split(atLeast(k2('m'), 19.6), atLeast(k2('m'), 30)) }),
    ['Teilziel der Frauen: die Kennzahl ist nicht die des Gesamtziels für dieses Geschlecht.'],
  );
  assert.deepEqual(
    checkSexSplit({ total, split: split(atLeast(k2('w'), 19.6, 2), atLeast(k2('m'), 30)) }),
    ['Teilziel der Frauen: andere Nachkommastellen (2 statt 1).'],
  );
  assert.deepEqual(checkSexSplit({ total, split: split(rise(k2('w'), 1), atLeast(k2('m'), 30)) }), [
    'Teilziel der Frauen: andere Zielart (relative Veränderung statt absoluter Zielwert).',
  ]);
  assert.deepEqual(
    checkSexSplit({ total, split: { parts: [{ sex: 'w', criterion: atLeast(k2('w'), 19.6) }] } }),
    [
      'Nur das Teilziel der Frauen ist angegeben; die Aufteilung lässt sich nicht gegen das Gesamtziel prüfen.',
    ],
  );
  const twice = {
    parts: [
      { sex: 'w' as const, criterion: atLeast(k2('w'), 19.6) },
      { sex: 'w' as const, criterion: atLeast(k2('w'), 19.6) },
    ],
  };
  assert.deepEqual(checkSexSplit({ total, split: twice }), [
    'Das Teilziel der Frauen ist mehrfach angegeben.',
  ]);
  assert.deepEqual(
    checkSexSplit({
      total: { kind: 'monitoring', metric: k2('insgesamt') },
      split: split(atLeast(k2('w'), 1), atLeast(k2('m'), 1)),
    }),
    ['Eine Aufteilung nach Geschlecht ist nur für Ziele mit Zielwert prüfbar.'],
  );
});
