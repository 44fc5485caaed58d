import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumberDe, toInputDe } from './number-de.ts';

test('German input: decimal comma, thousands points, typographic minus; empty is null', () => {
  assert.equal(parseNumberDe('0,5'), 0.5);
  assert.equal(parseNumberDe('1.234,5'), 1234.5);
  assert.equal(parseNumberDe('3.500'), 3500); // a point before three digits groups thousands
  assert.equal(parseNumberDe('−3'), -3);
  assert.equal(parseNumberDe(' 26,1 '), 26.1);
  assert.equal(parseNumberDe('0.5'), 0.5); // pasted with a decimal point
  assert.equal(parseNumberDe(''), null);
});

test('something that is no number is NaN, not silently 0', () => {
  for (const text of ['abc', '1,2,3', '5 %', '1.2.3,4,5'])
    assert.ok(Number.isNaN(parseNumberDe(text)), text);
});

test('numbers go back into fields with a comma and without grouping', () => {
  assert.equal(toInputDe(0.5), '0,5');
  assert.equal(toInputDe(3500), '3500');
  assert.equal(parseNumberDe(toInputDe(1234.5)), 1234.5);
  assert.equal(toInputDe(null), '');
});
