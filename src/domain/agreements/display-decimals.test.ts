import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalIndicator, Metric } from './criteria.ts';
import {
  displayDecimalsOf,
  kennzahlDisplayDecimals,
  kennzahlPartDecimals,
} from './display-decimals.ts';
import { formatFigure } from './figure-text.ts';
import { metricUnitOf } from './metric-name.ts';
import { FIXTURE_INDICATOR_U25 } from './agreement-fixture.ts';

/** A figure as a steering view shows it: the unit and decimals of the one rule. */
const shown = (metric: Metric, value: number, indicators?: readonly LocalIndicator[]) =>
  formatFigure(value, metricUnitOf(metric, indicators), displayDecimalsOf(metric, indicators));

test('counts of persons without decimals, averages of persons with one, euros without cents', () => {
  const lzbStock: Metric = {
    source: 'grundgroesse',
    id: 'LZB',
    sex: 'insgesamt',
    aggregation: 'monatswert',
  };
  assert.equal(shown(lzbStock, 6715), '6.715');
  assert.equal(shown({ ...lzbStock, aggregation: 'jahresdurchschnitt' }, 6715.25), '6.715,3');
  assert.equal(shown({ source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' }, 6715), '6.715,0');
  const integrations: Metric = { ...lzbStock, id: 'INT', aggregation: 'jahressumme' };
  assert.equal(shown(integrations, 1234), '1.234');
  const money: Metric = { ...lzbStock, id: 'LLU', aggregation: 'jahressumme' };
  assert.equal(shown(money, 1234567.89), '1.234.568 €');
  assert.equal(shown({ source: 'kennzahl', id: 'K2', sex: 'w' }, 24.56), '24,6 %');
  const u25 = FIXTURE_INDICATOR_U25;
  const local: Metric = { source: 'lokal', indicatorId: 'u25', aggregation: 'jahresdurchschnitt' };
  assert.equal(shown(local, 812.34, [u25]), '812,3');
  assert.equal(shown({ ...local, aggregation: 'monatswert' }, 812, [u25]), '812');
});

test('Kennzahlen and their zaehler and nenner', () => {
  assert.equal(kennzahlDisplayDecimals('K2'), 1);
  assert.equal(kennzahlDisplayDecimals('JDW_LZB'), 1);
  // Σ12 integrations are events; Ø12' eLb is an average of persons
  assert.equal(kennzahlPartDecimals('K2', 'zaehler'), 0);
  assert.equal(kennzahlPartDecimals('K2', 'nenner'), 1);
  assert.equal(kennzahlPartDecimals('JFW_K2', 'nenner'), 1);
  // K1: euros of two months; K3: persons on two Stichtage; JDW_LZB: Σ LZB over a number of months
  assert.equal(kennzahlPartDecimals('K1', 'zaehler'), 0);
  assert.equal(kennzahlPartDecimals('K3', 'nenner'), 0);
  assert.equal(kennzahlPartDecimals('JDW_LZB', 'nenner'), 0);
});
