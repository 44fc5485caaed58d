import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decimalsOf,
  formatDateDe,
  formatMonthShortDe,
  formatMonthYearDe,
  formatNumberDe,
  formatPercentDe,
  formatSignedDe,
  monthNameDe,
} from './format-de.ts';

test('German numbers: comma, thousands dot, minus sign, rounding half away from zero', () => {
  assert.equal(formatNumberDe(10785), '10.785');
  assert.equal(formatNumberDe(6715, 1), '6.715,0');
  assert.equal(formatPercentDe(24.6), '24,6 %');
  assert.equal(formatPercentDe(24.25), '24,3 %');
  // Intl alone would print 1,00 from the binary 1.00499…
  assert.equal(formatNumberDe(1.005, 2), '1,01');
  assert.equal(formatNumberDe(-3), '−3');
  assert.equal(formatNumberDe(-0.04, 1), '0,0');
  assert.equal(formatNumberDe(1234567.891, 2), '1.234.567,89');
});

test('extra decimals only where they are not zero', () => {
  assert.equal(formatNumberDe(24.317, 1, 4), '24,317');
  assert.equal(formatNumberDe(24.3, 1, 4), '24,3');
  assert.equal(formatNumberDe(24.32099999, 1, 4), '24,321');
});

test('signed changes and the decimals a value needs', () => {
  assert.equal(formatSignedDe(0.5, 1), '+0,5');
  assert.equal(formatSignedDe(-3), '−3');
  assert.equal(formatSignedDe(0), '0');
  assert.equal(decimalsOf(0.5), 1);
  assert.equal(decimalsOf(14), 0);
  assert.equal(decimalsOf(0.05), 2);
  assert.equal(decimalsOf(24.2 * 1.005), 3);
});

test('dates and months', () => {
  assert.equal(formatDateDe('2014-04-29'), '29.04.2014');
  assert.equal(formatMonthShortDe('2014-10'), '10/2014');
  assert.equal(formatMonthYearDe(2014, 12), 'Dezember 2014');
  assert.equal(monthNameDe(3), 'März');
  assert.throws(() => formatDateDe('29.04.2014'), RangeError);
  assert.throws(() => formatMonthShortDe('2014-1'), RangeError);
  assert.throws(() => monthNameDe(13), RangeError);
});
