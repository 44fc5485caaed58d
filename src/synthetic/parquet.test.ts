/** Parquet output: same column names as §1, typed columns, byte-identical across runs. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateSynthetic, SYNTH_FILES, type SynthSummary } from './generate.ts';

let root = '';
let summary: SynthSummary;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'synth-parquet-'));
  summary = await generateSynthetic({
    scale: 'kreis',
    seed: 3,
    outDir: join(root, 'a'),
    format: 'parquet',
    sizeFactor: 0.1,
  });
});
after(async () => rm(root, { recursive: true, force: true }));

describe('synthetic microdata as Parquet', () => {
  it('is byte-identical for the same seed', async () => {
    await generateSynthetic({
      scale: 'kreis',
      seed: 3,
      outDir: join(root, 'b'),
      format: 'parquet',
      sizeFactor: 0.1,
    });
    for (const f of SYNTH_FILES) {
      const [a, b] = await Promise.all(
        ['a', 'b'].map(async (d) =>
          createHash('sha256')
            .update(await readFile(join(root, d, `${f}.parquet`)))
            .digest('hex'),
        ),
      );
      assert.equal(a, b, f);
    }
  });

  it('has the §1 column names with dates as DATE and amounts as decimals', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      const columns = async (f: string): Promise<string> => {
        const r = await conn.runAndReadAll(
          `DESCRIBE SELECT * FROM read_parquet('${join(root, 'a', `${f}.parquet`)}')`,
        );
        return r
          .getRowObjectsJson()
          .map((c) => `${String(c.column_name)}:${String(c.column_type)}`)
          .join(',');
      };
      assert.equal(
        await columns('einheiten'),
        'id:VARCHAR,name:VARCHAR,ebene:VARCHAR,parent_id:VARCHAR',
      );
      assert.equal(
        await columns('personen'),
        'person_id:VARCHAR,geschlecht:VARCHAR,geburtsdatum:DATE',
      );
      assert.equal(
        await columns('elb_zeiten'),
        'person_id:VARCHAR,einheit_id:VARCHAR,bg_id:VARCHAR,von:DATE,bis:DATE,alleinerziehend:INTEGER',
      );
      assert.equal(
        await columns('leistungen'),
        'bg_id:VARCHAR,einheit_id:VARCHAR,monat:VARCHAR,llu:DECIMAL(12,2),luh:DECIMAL(12,2)',
      );
      assert.equal(
        await columns('beschaeftigungen'),
        'person_id:VARCHAR,art:VARCHAR,von:DATE,bis:DATE',
      );
      assert.equal(
        await columns('massnahmen'),
        'person_id:VARCHAR,kategorie:VARCHAR,instrument:VARCHAR,von:DATE,bis:DATE',
      );
      for (const f of SYNTH_FILES) {
        const r = await conn.runAndReadAll(
          `SELECT count(*) FROM read_parquet('${join(root, 'a', `${f}.parquet`)}')`,
        );
        assert.equal(Number(r.getRows()[0]?.[0]), summary.rows[f], f);
      }
      const open = await conn.runAndReadAll(
        `SELECT count(*) FROM read_parquet('${join(root, 'a', 'elb_zeiten.parquet')}') WHERE bis IS NULL`,
      );
      assert.ok(Number(open.getRows()[0]?.[0]) > 0, 'open periods are NULL');
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  });
});
