/**
 * Values that have broken servers before: integers past int4 and past 2^53, numbers spelt as
 * strings, NUL and lone surrogates, very long texts, dates that do not exist, wrong types. The
 * fuzz test puts them wherever a value goes (JSON bodies, query strings, path segments).
 */
import fc from 'fast-check';

const LONG = 'Ä'.repeat(70_000);

/** JSON values for body fields. */
export const HOSTILE_JSON: readonly unknown[] = [
  2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, -1, 0, 1.5, 1e308, -1e308, 5e-324,
  'NaN', 'Infinity', '-0', '1e400', '0x10', '',
  '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u001b[31m', '\u202eAusgabe', '😀', LONG,
  '0000-01-01', '2014-02-30', '2015-02-29', '9999-12-31', '2014-13', '2014-00', '29.04.2014', '2014-06-15T10:00:00Z',
  "' OR 1=1 --", '../../etc/passwd', '%00', '<script>alert(1)</script>', '=HYPERLINK("http://x")',
  null, true, false, [], {}, [null], JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { x: 1 } } },
  'latest', '00000000-0000-0000-0000-000000000000',
];

/** Texts for query parameters and path segments (URL-encoded when sent). */
export const HOSTILE_TEXT: readonly string[] = [
  '2147483648', '2147483647', '-2147483649', '9007199254740993', '99999999999999999999', '-1', '0', '1.5', '1e3', '1e400',
  'NaN', 'Infinity', '0x10', '', ' ', 'latest ', 'null', 'undefined', 'true', '[]', '{}',
  '\u0000', 'a\u0000b', '\ud800', '\u001b', '😀', 'x'.repeat(5000), 'Ä'.repeat(20_000),
  '0000-01-01', '2014-02-30', '9999-12-31', '2014-13', '0000-00', '2014-06-15T10:00:00Z', '15.06.2014',
  "' OR 1=1 --", '../..', '..%2F..', '%00', '%', '%E0%A4%A', '<x>', 'abc', '00000000-0000-0000-0000-000000000000',
  'DE', '05', '09162', 'K2,K2,K2', ',,,', 'insgesamt,m,w,x',
];

export const hostileJson = (): fc.Arbitrary<unknown> => fc.constantFrom(...HOSTILE_JSON);
export const hostileText = (): fc.Arbitrary<string> => fc.constantFrom(...HOSTILE_TEXT);

/** Bodies that are not what any route expects: broken JSON, JSON of the wrong kind. */
export const RAW_BODIES: readonly string[] = [
  '', '{', '}', '{"a":', '[1,2', 'nul', 'undefined', "{'a': 1}", '{"a": 1,}', '\u0000', '\ufeff{}',
  '"\\ud800"', '{"content": "\\u0000"}', '1e400', '[]', 'null', 'true', '"text"', '12',
  '{"__proto__": {"polluted": true}}', `${'['.repeat(5000)}${']'.repeat(5000)}`, `{"a": "${'x'.repeat(100_000)}"}`,
];

/** Content types of a body; only the JSON ones are accepted. */
export const CONTENT_TYPES: readonly (string | null)[] = [
  'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/merge-patch+json', 'application/xml', null,
];
