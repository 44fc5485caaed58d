/** `synth` command-line arguments: the bad one is named, exit code 2. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSynthArgs, runSynth } from '../cli/commands/synth.ts';

describe('synth arguments', () => {
  it('accepts the documented options', () => {
    assert.deepEqual(
      parseSynthArgs(['--scale', 'land', '--seed', '7', '--out', '/tmp/x', '--format', 'csv']),
      { scale: 'land', seed: 7, out: '/tmp/x', format: 'csv', calibration: true },
    );
    assert.deepEqual(
      parseSynthArgs(['--scale', 'kreis', '--seed', '0', '--out', 'd', '--no-calibration']),
      { scale: 'kreis', seed: 0, out: 'd', format: undefined, calibration: false },
    );
  });

  it('names the bad argument', () => {
    const cases: [string[], RegExp][] = [
      [['--seed', '1', '--out', 'd'], /--scale is required/],
      [
        ['--scale', 'stadt', '--seed', '1', '--out', 'd'],
        /--scale must be one of kreis, land, bund, got "stadt"/,
      ],
      [['--scale', 'kreis', '--out', 'd'], /--seed is required/],
      [['--scale', 'kreis', '--seed', '1.5', '--out', 'd'], /--seed must be a whole number/],
      [['--scale', 'kreis', '--seed', '-3', '--out', 'd'], /seed/],
      [['--scale', 'kreis', '--seed', '1'], /--out is required/],
      [
        ['--scale', 'kreis', '--seed', '1', '--out', 'd', '--format', 'xlsx'],
        /--format must be csv or parquet, got "xlsx"/,
      ],
      [['--scale', 'kreis', '--seed', '1', '--out', 'd', '--size', '3'], /--size/],
    ];
    for (const [argv, message] of cases) {
      const result = parseSynthArgs(argv);
      assert.equal(typeof result, 'string', argv.join(' '));
      assert.match(result as string, message);
    }
  });

  it('returns 2 and writes the message to stderr on bad arguments', async () => {
    const written: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      assert.equal(await runSynth(['--scale', 'kreis', '--seed', 'abc', '--out', 'd']), 2);
    } finally {
      process.stderr.write = original;
    }
    assert.match(
      written.join(''),
      /synth: --seed must be a whole number from 0 to 4294967295, got "abc"/,
    );
  });
});
