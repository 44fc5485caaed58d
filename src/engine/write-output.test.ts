import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, formatNumber } from './write-output.ts';

test('numbers keep full precision and never use exponent notation', () => {
  assert.equal(formatNumber(24.615384615384617), '24.615384615384617');
  assert.equal(formatNumber(1.5e-7), '0.00000015');
  assert.equal(formatNumber(-2.5e-9), '-0.0000000025');
  assert.equal(formatNumber(1.2345e21), '1234500000000000000000');
  assert.equal(formatNumber(10785), '10785');
  assert.equal(formatNumber(null), '');
  assert.equal(Number(formatNumber(1 / 3)), 1 / 3);
});

test('ids with separators or quotes are quoted', () => {
  assert.equal(csvField('05554'), '05554');
  assert.equal(csvField('Borken, Kreis'), '"Borken, Kreis"');
  assert.equal(csvField('a"b'), '"a""b"');
});
