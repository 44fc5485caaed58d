import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupOf, summarizeProfile, type CpuProfile } from './cpuprofile.ts';
import { parseApiBenchOptions } from './options.ts';
import { percentile } from './percentile.ts';

test('nearest-rank percentiles of sorted response times', () => {
  const times = Array.from({ length: 100 }, (_, i) => i + 1); // 1 … 100 ms
  assert.equal(percentile(times, 50), 50);
  assert.equal(percentile(times, 95), 95);
  assert.equal(percentile(times, 99), 99);
  assert.equal(percentile([7], 95), 7);
  assert.equal(percentile([1, 2, 3], 95), 3);
  assert.ok(Number.isNaN(percentile([], 95)));
});

test('options: defaults, route names checked, at least one request per connection', () => {
  const o = parseApiBenchOptions([]);
  assert.equal(o.durationS, 10);
  assert.equal(o.connections, 50);
  assert.equal(o.only, null);
  assert.deepEqual(parseApiBenchOptions(['--only', 'monitoring, report-pdf']).only, [
    'monitoring',
    'report-pdf',
  ]);
  assert.throws(() => parseApiBenchOptions(['--only', 'monitoring,nope']), /unknown route nope/);
  assert.throws(() => parseApiBenchOptions(['--duration', '0']), /positive/);
  assert.equal(parseApiBenchOptions(['--profile', 'x', '--requests', '10']).requests, 50);
});

test('profile summary: self time per function and package inside the window, idle apart', () => {
  const frame = (functionName: string, url: string) => ({
    functionName,
    url,
    lineNumber: 0,
    columnNumber: 0,
  });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 4] },
      { id: 2, callFrame: frame('(idle)', '') },
      { id: 3, callFrame: frame('handler', 'file:///x/src/services/a.ts'), children: [5] },
      { id: 4, callFrame: frame('(garbage collector)', '') },
      { id: 5, callFrame: frame('is', 'file:///x/node_modules/drizzle-orm/entity.js') },
    ],
    startTime: 1000,
    endTime: 1600,
    // samples at 1100, 1200, 1300, 1400, 1500
    samples: [2, 3, 5, 5, 4],
    timeDeltas: [100, 100, 100, 100, 100],
  };
  const all = summarizeProfile(profile);
  assert.equal(all.idleMs, 0.1);
  assert.equal(all.busyMs, 0.4);
  assert.equal(all.gcMs, 0.1);
  assert.deepEqual(
    all.self.map((f) => [f.name, f.ms]),
    [
      ['is', 0.2],
      ['handler', 0.1],
      ['(garbage collector)', 0.1],
    ],
  );
  assert.deepEqual(all.groups.find((g) => g.group === 'drizzle-orm')?.ms, 0.2);
  // a window from 1250 to 1450 holds the samples at 1300 and 1400
  const part = summarizeProfile(profile, { fromUs: 1250, toUs: 1450 });
  assert.equal(part.samples, 2);
  assert.deepEqual(
    part.self.map((f) => [f.name, f.ms]),
    [['is', 0.15]],
  );
  assert.equal(
    groupOf('file:///a/node_modules/@hono/node-server/dist/index.js', 'f'),
    '@hono/node-server',
  );
  assert.equal(groupOf('node:internal/streams', 'f'), 'node (built-in)');
});
