/**
 * End to end through the command line: `kpi compute` on fixture `fixtures/lzb` writes the
 * hand-derived values of lzb.fixture.test.ts to grundgroessen.csv and kennzahlen.csv, with empty
 * cells where a value is missing, and names the contract version in kennzahlen-vertrag.json.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fixtureDir } from './fixtures/run.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function csvLines(path: string): Promise<Set<string>> {
  return new Set((await readFile(path, 'utf8')).trimEnd().split('\n'));
}

test('kpi compute writes the hand-derived LZB values as CSV', async () => {
  const out = await mkdtemp(join(tmpdir(), 'kpi-cli-'));
  try {
    const args = [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'kpi',
      'compute',
      '--input',
      fixtureDir('lzb'),
      '--from',
      '2013-12',
      '--to',
      '2014-03',
      '--out',
      out,
    ];
    await promisify(execFile)(process.execPath, args, { cwd: ROOT });
    const base = await csvLines(join(out, 'grundgroessen.csv'));
    for (const line of [
      'einheit_id,monat,geschlecht,groesse,wert',
      'u638,2014-01,insgesamt,LZB,1',
      'u637,2014-01,insgesamt,LZB,0',
      'u638,2013-12,insgesamt,LZB,', // missing: St(2013-12) − 729 before the data
      'T1,2014-02,insgesamt,ZUGANG_LZB,5',
      'uakt,2014-01,m,LZB_AKTIV,2',
    ])
      assert.ok(base.has(line), line);
    const kennzahlen = await csvLines(join(out, 'kennzahlen.csv'));
    for (const line of [
      'einheit_id,monat,geschlecht,kennzahl,wert,zaehler,nenner',
      'uakt,2014-01,insgesamt,K3E2,60,3,5',
      'uakt,2014-02,insgesamt,K3E2,20,1,5',
      'uakt,2013-12,insgesamt,K3E2,,,',
    ])
      assert.ok(kennzahlen.has(line), line);
    assert.deepEqual(JSON.parse(await readFile(join(out, 'kennzahlen-vertrag.json'), 'utf8')), {
      kennzahlenVertrag: 2,
      beobachtungszeitraum: { von: '2012-01', bis: '2014-03' }, // the fixture's first date is 2012-01-16
      dateien: ['grundgroessen.csv', 'kennzahlen.csv'],
    });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
