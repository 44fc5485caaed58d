/**
 * The marker of a result directory of `kpi compute --out`: `kennzahlen-vertrag.json` says by
 * which version of the Kennzahlen contract (src/domain/kpi/contract-version.ts) the CSV files
 * beside it were computed, so that results of different versions cannot be mistaken for each
 * other. grundgroessen.csv and kennzahlen.csv keep their fixed columns; the marker is a file of
 * its own. It is removed before and written after the CSV files (renamed into place): a
 * directory with a marker holds complete files of that version, one without was written by
 * version 1 (which wrote none), by hand, or not to the end.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KENNZAHLEN_VERTRAG } from '../domain/kpi/contract-version.ts';
import type { Month } from '../domain/shared/month.ts';

export const OUTPUT_MARKER = 'kennzahlen-vertrag.json';

export interface OutputMarker {
  /** the version of the Kennzahlen contract the files were computed by */
  kennzahlenVertrag: number;
  /** first and last month of the observation period (kennzahlen.md §1): the Wartezeit ends there */
  beobachtungszeitraum: { von: Month; bis: Month };
  /** the result files the marker speaks for */
  dateien: readonly string[];
}

export async function removeOutputMarker(outDir: string): Promise<void> {
  await rm(join(outDir, OUTPUT_MARKER), { force: true });
}

export async function writeOutputMarker(outDir: string, marker: OutputMarker): Promise<void> {
  const path = join(outDir, OUTPUT_MARKER);
  await writeFile(`${path}.tmp`, `${JSON.stringify(marker, null, 2)}\n`, 'utf8');
  await rename(`${path}.tmp`, path);
}

/** A result directory that is not of the current contract version: nothing was read from it. */
export class OutputVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputVersionError';
  }
}

/**
 * The marker of a result directory, checked before any of its files is read: a directory without
 * one, or of another version than the engine's, is refused with a German message naming the
 * marker file (figures of version 1 would pass for version 2 otherwise).
 */
export async function readOutputMarker(dir: string): Promise<OutputMarker> {
  const path = join(dir, OUTPUT_MARKER);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new OutputVersionError(
      `${path} fehlt: Die Ergebnisse in ${dir} sagen nicht, nach welcher Version der Kennzahlen-Rechenregeln sie berechnet wurden (Ergebnisse vor Version 2 haben diese Datei nicht). Sie werden nicht als Version ${KENNZAHLEN_VERTRAG} gelesen; bitte mit „kpi compute“ neu berechnen.`,
    );
  }
  let marker: Partial<OutputMarker> | null;
  try {
    marker = JSON.parse(text) as Partial<OutputMarker> | null;
  } catch {
    marker = null;
  }
  const version = marker?.kennzahlenVertrag;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new OutputVersionError(
      `${path} nennt keine Version der Kennzahlen-Rechenregeln (erwartet: {"kennzahlenVertrag": ${KENNZAHLEN_VERTRAG}, …}); die Ergebnisse werden nicht gelesen.`,
    );
  if (version !== KENNZAHLEN_VERTRAG)
    throw new OutputVersionError(
      `${path}: Die Ergebnisse wurden nach Version ${version} der Kennzahlen-Rechenregeln berechnet, gültig ist Version ${KENNZAHLEN_VERTRAG}; sie werden nicht gelesen. Bitte mit „kpi compute“ neu berechnen.`,
    );
  return marker as OutputMarker;
}
