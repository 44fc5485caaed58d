import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  canonicalJson,
  canonicalRecordText,
  compareCodePoints,
  GENESIS_HASH,
} from './canonical-record.ts';

test('canonical JSON: keys in code point order at every depth, no white space, undefined left out', () => {
  assert.equal(
    canonicalJson({ b: 1, a: [{ z: null, y: true }, 'x'], A: false, aa: undefined, ä: 'ö' }),
    '{"A":false,"a":[{"y":true,"z":null},"x"],"b":1,"ä":"ö"}',
  );
  // U+FFFF before U+1D11E (𝄞): by code point, although its UTF-16 form starts with 0xD834
  assert.equal(canonicalJson({ '𝄞': 1, '\uffff': 2 }), '{"\uffff":2,"𝄞":1}');
  assert.ok(compareCodePoints('\uffff', '𝄞') < 0);
  assert.equal(
    canonicalJson([1e21, 1e-7, -0, 0.1, 'a"\\\n\u0001']),
    '[1e+21,1e-7,0,0.1,"a\\"\\\\\\n\\u0001"]',
  );
});

test('canonical JSON refuses what JSON cannot say', () => {
  for (const value of [Number.NaN, Infinity, 1n, () => 1, new Date(0), undefined])
    assert.throws(() => canonicalJson(value), TypeError);
});

test('the same value in any key order has one text', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const reordered = JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
        v !== null && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).reverse())
          : v,
      ) as unknown;
      assert.equal(canonicalJson(reordered), canonicalJson(value));
      assert.deepEqual(JSON.parse(canonicalJson(value)), JSON.parse(JSON.stringify(value)));
    }),
    { seed: 2014, numRuns: 300 },
  );
});

test('the record text is the canonical JSON of the record object', () => {
  fc.assert(
    fc.property(
      fc.record({
        id: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        at: fc.constant('2014-06-15T10:00:00.123456Z'),
        actor: fc.string(),
        action: fc.string(),
        entity: fc.string(),
        entityId: fc.string(),
        detail: fc.jsonValue(),
        prevHash: fc.constantFrom(GENESIS_HASH, 'ab'.repeat(32)),
      }),
      (r) => {
        const { prevHash, ...rest } = r;
        assert.equal(canonicalRecordText(r), canonicalJson({ ...rest, prev: prevHash }));
      },
    ),
    { seed: 48, numRuns: 300 },
  );
});
