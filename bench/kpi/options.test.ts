import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheDirOf } from './data.ts';
import { parseKpiBenchOptions } from './options.ts';

test('defaults: seed 1, report months 2013-01 … 2014-12, with baseline, generator format', () => {
  assert.deepEqual(parseKpiBenchOptions(['--scale', 'land']), {
    scale: 'land',
    seed: 1,
    dataDir: null,
    format: null,
    from: '2013-01',
    to: '2014-12',
    baseline: true,
    against: null,
    rounds: 3,
  });
});

test('reads seed, data folder, format, months, --no-baseline, --against and --rounds', () => {
  const options = parseKpiBenchOptions([
    '--scale',
    'bund',
    '--seed',
    '7',
    '--data',
    '/x',
    '--format',
    'csv',
    '--from',
    '2014-01',
    '--to',
    '2014-06',
    '--no-baseline',
    '--against',
    '/old',
    '--rounds',
    '5',
  ]);
  assert.deepEqual(options, {
    scale: 'bund',
    seed: 7,
    dataDir: '/x',
    format: 'csv',
    from: '2014-01',
    to: '2014-06',
    baseline: false,
    against: '/old',
    rounds: 5,
  });
});

test('refuses a missing or unknown scale, a bad seed, month or format, and unknown flags', () => {
  assert.throws(() => parseKpiBenchOptions([]), /--scale or --data is required/);
  assert.throws(() => parseKpiBenchOptions(['--scale', 'welt']), /--scale must be one of/);
  assert.throws(() => parseKpiBenchOptions(['--scale', 'land', '--seed', '-1']), /--seed/);
  assert.throws(() => parseKpiBenchOptions(['--scale', 'land', '--rounds', '0']), /--rounds/);
  assert.throws(
    () => parseKpiBenchOptions(['--scale', 'land', '--from', '2013-13']),
    /not a month/,
  );
  assert.throws(
    () => parseKpiBenchOptions(['--scale', 'land', '--from', '2014-02', '--to', '2014-01']),
    /--from must not be after --to/,
  );
  assert.throws(
    () => parseKpiBenchOptions(['--scale', 'land', '--format', 'xlsx']),
    /--format must be one of/,
  );
  assert.throws(() => parseKpiBenchOptions(['--scale', 'land', '--fast']), /Unknown option/);
});

test('caches synthetic data per scale and seed, with a suffix for a non-default format', () => {
  assert.match(cacheDirOf({ scale: 'land', seed: 3, format: null }), /data\/bench\/land-seed3$/);
  assert.match(
    cacheDirOf({ scale: 'land', seed: 3, format: 'parquet' }),
    /data\/bench\/land-seed3$/,
  );
  assert.match(
    cacheDirOf({ scale: 'land', seed: 3, format: 'csv' }),
    /data\/bench\/land-seed3-csv$/,
  );
  assert.match(cacheDirOf({ scale: 'kreis', seed: 1, format: 'csv' }), /data\/bench\/kreis-seed1$/);
});
