/**
 * The result directory names its contract version (kennzahlen-vertrag.json), and a directory
 * without it or of version 1 does not pass as version 2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KENNZAHLEN_VERTRAG } from '../domain/kpi/contract-version.ts';
import { parseMonth } from '../domain/shared/month.ts';
import { OUTPUT_MARKER, OutputVersionError, readOutputMarker } from './output-marker.ts';
import type { KpiComputeResult } from './types.ts';
import { writeKpiOutput } from './write-output.ts';

const RESULT: KpiComputeResult = {
  einheiten: [{ id: 'J1', name: 'Jobcenter 1', ebene: 'jobcenter', parentId: null }],
  observation: { first: parseMonth('2013-01'), last: parseMonth('2014-03') },
  baseQuantities: [
    {
      einheitId: 'J1',
      monat: parseMonth('2014-01'),
      geschlecht: 'insgesamt',
      groesse: 'ZUGANG_ELB',
      wert: 3,
    },
  ],
  kennzahlen: [
    {
      einheitId: 'J1',
      monat: parseMonth('2014-01'),
      geschlecht: 'insgesamt',
      kennzahl: 'K1E3',
      wert: 2.5,
      zaehler: 30,
      nenner: 1200,
    },
  ],
  skipped: [],
  inputRows: {},
};

async function inTempDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kpi-marker-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('the result directory holds the two fixed CSV files and the marker of version 2', async () => {
  assert.equal(KENNZAHLEN_VERTRAG, 2);
  await inTempDir(async (dir) => {
    await writeKpiOutput(RESULT, dir);
    assert.deepEqual((await readdir(dir)).sort(), [
      'grundgroessen.csv',
      'kennzahlen-vertrag.json',
      'kennzahlen.csv',
    ]);
    assert.deepEqual(JSON.parse(await readFile(join(dir, OUTPUT_MARKER), 'utf8')), {
      kennzahlenVertrag: 2,
      beobachtungszeitraum: { von: '2013-01', bis: '2014-03' },
      dateien: ['grundgroessen.csv', 'kennzahlen.csv'],
    });
    // the CSV interface is unchanged
    assert.equal(
      await readFile(join(dir, 'kennzahlen.csv'), 'utf8'),
      'einheit_id,monat,geschlecht,kennzahl,wert,zaehler,nenner\nJ1,2014-01,insgesamt,K1E3,2.5,30,1200\n',
    );
    assert.equal((await readOutputMarker(dir)).kennzahlenVertrag, 2);
  });
});

test('rewriting a directory of version 1 results leaves the marker of the new run', async () => {
  await inTempDir(async (dir) => {
    await writeFile(join(dir, OUTPUT_MARKER), '{"kennzahlenVertrag": 1}');
    await writeFile(join(dir, 'kennzahlen.csv'), 'alt\n');
    await writeKpiOutput(RESULT, dir);
    assert.equal((await readOutputMarker(dir)).kennzahlenVertrag, 2);
    assert.ok(!(await readdir(dir)).includes(`${OUTPUT_MARKER}.tmp`));
  });
});

/** The German refusal of a directory, checked to name the marker file. */
async function refusal(dir: string): Promise<string> {
  const error = await readOutputMarker(dir).then(
    () => assert.fail('read although not of version 2'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof OutputVersionError, String(error));
  assert.ok(error.message.includes(join(dir, OUTPUT_MARKER)), error.message);
  return error.message;
}

test('a directory without the marker (written by version 1) is refused', async () => {
  await inTempDir(async (dir) => {
    await writeFile(join(dir, 'grundgroessen.csv'), 'einheit_id,monat,geschlecht,groesse,wert\n');
    await writeFile(
      join(dir, 'kennzahlen.csv'),
      'einheit_id,monat,geschlecht,kennzahl,wert,zaehler,nenner\n',
    );
    assert.match(
      await refusal(dir),
      /kennzahlen-vertrag\.json fehlt: .* nicht als Version 2 gelesen; bitte mit „kpi compute“ neu berechnen/,
    );
  });
});

test('a marker of version 1, or one without a version, is refused', async () => {
  await inTempDir(async (dir) => {
    await writeFile(join(dir, OUTPUT_MARKER), '{"kennzahlenVertrag": 1}');
    assert.match(
      await refusal(dir),
      /nach Version 1 der Kennzahlen-Rechenregeln berechnet, gültig ist Version 2; sie werden nicht gelesen/,
    );
    for (const text of [
      '{"kennzahlenVertrag": "2"}',
      '{}',
      'null',
      'kein JSON',
      '{"kennzahlenVertrag": 2.5}',
    ]) {
      await writeFile(join(dir, OUTPUT_MARKER), text);
      assert.match(await refusal(dir), /nennt keine Version der Kennzahlen-Rechenregeln/, text);
    }
  });
});
