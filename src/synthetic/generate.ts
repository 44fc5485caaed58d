/**
 * Seeded generator of realistic synthetic microdata in the format of kennzahlen.md §1
 * (files einheiten, personen, elb_zeiten, leistungen, beschaeftigungen, massnahmen; no
 * stichtage, so the 15th applies). Histories run 2010-01 … 2015-12, leistungen from 2012-01.
 * Same options → same bytes.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvToParquet, writeLeistungen } from './finish.ts';
import { Mover } from './mover.ts';
import { generateLeaf } from './population.ts';
import { Rows } from './rows.ts';
import { csvField } from './sink.ts';
import { buildOrg, type Scale } from './units/index.ts';
import type { UnitRow } from './units/types.ts';

export type SynthFormat = 'csv' | 'parquet';

export interface SynthOptions {
  scale: Scale;
  seed: number;
  outDir: string;
  /** Default: csv for kreis, parquet for land and bund. */
  format?: SynthFormat;
  /** Multiplies every unit's size (tests use small populations); default 1. */
  sizeFactor?: number;
  /** Called after each leaf unit: units done of total. */
  onProgress?: (done: number, total: number) => void;
}

export const SYNTH_FILES = [
  'einheiten',
  'personen',
  'elb_zeiten',
  'leistungen',
  'beschaeftigungen',
  'massnahmen',
] as const;
export type SynthFile = (typeof SYNTH_FILES)[number];

export interface SynthSummary {
  scale: Scale;
  seed: number;
  format: SynthFormat;
  outDir: string;
  /** Data rows per file (header not counted). */
  rows: Record<SynthFile, number>;
  /** Bytes per file. */
  fileBytes: Record<SynthFile, number>;
  persons: number;
  /** Total bytes written. */
  bytes: number;
  seconds: number;
}

export function defaultFormat(scale: Scale): SynthFormat {
  return scale === 'kreis' ? 'csv' : 'parquet';
}

function einheitenCsv(units: readonly UnitRow[]): string {
  const lines = units.map((u) => [u.id, u.name, u.ebene, u.parentId ?? ''].map(csvField).join(','));
  return `id,name,ebene,parent_id\n${lines.join('\n')}\n`;
}

/** A DuckDB thread count of 1 keeps Parquet row groups and file order identical across runs. */
async function openDuckDb(tmp: string): Promise<DuckDBInstance> {
  return DuckDBInstance.create(':memory:', {
    threads: '1',
    preserve_insertion_order: 'true',
    temp_directory: tmp,
  });
}

export async function generateSynthetic(options: SynthOptions): Promise<SynthSummary> {
  const started = performance.now();
  const { scale, seed, outDir } = options;
  const format = options.format ?? defaultFormat(scale);
  await mkdir(outDir, { recursive: true });
  // Stale files of the other format (or a stichtage file) would be read by the engine too.
  for (const name of [...SYNTH_FILES, 'stichtage'])
    for (const ext of ['csv', 'parquet']) await rm(join(outDir, `${name}.${ext}`), { force: true });
  const tmp = await mkdtemp(join(outDir, '.synth-'));
  try {
    const org = buildOrg(scale);
    const factor = options.sizeFactor ?? 1;
    if (!(factor > 0)) throw new RangeError(`sizeFactor must be positive, got ${factor}`);
    for (const leaf of org.leaves) leaf.size *= factor;
    const rowDir = format === 'csv' ? outDir : tmp;
    await writeFile(join(rowDir, 'einheiten.csv'), einheitenCsv(org.units));
    const rows = new Rows((name) => (name === 'segmente' ? tmp : rowDir));
    const mover = new Mover(org.leaves);
    for (let i = 0; i < org.leaves.length; i++) {
      const leaf = org.leaves[i];
      if (leaf !== undefined) await generateLeaf(seed, leaf, rows, mover);
      options.onProgress?.(i + 1, org.leaves.length);
    }
    await rows.close();
    const counts: Record<SynthFile, number> = {
      einheiten: org.units.length,
      personen: rows.sinks.personen.rows,
      elb_zeiten: rows.sinks.elb_zeiten.rows,
      leistungen: 0,
      beschaeftigungen: rows.sinks.beschaeftigungen.rows,
      massnahmen: rows.sinks.massnahmen.rows,
    };
    const db = await openDuckDb(tmp);
    try {
      const conn = await db.connect();
      counts.leistungen = await writeLeistungen(
        conn,
        join(tmp, 'segmente.csv'),
        join(outDir, `leistungen.${format}`),
        format,
        seed,
      );
      if (format === 'parquet') {
        for (const name of SYNTH_FILES) {
          if (name !== 'leistungen')
            await csvToParquet(
              conn,
              name,
              join(tmp, `${name}.csv`),
              join(outDir, `${name}.parquet`),
            );
        }
      }
      conn.closeSync();
    } finally {
      db.closeSync();
    }
    const fileBytes = {} as Record<SynthFile, number>;
    for (const name of SYNTH_FILES)
      fileBytes[name] = (await stat(join(outDir, `${name}.${format}`))).size;
    return {
      scale,
      seed,
      format,
      outDir,
      rows: counts,
      fileBytes,
      persons: counts.personen,
      bytes: Object.values(fileBytes).reduce((s, b) => s + b, 0),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
