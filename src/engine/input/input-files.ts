/** The files of the microdata interface (kennzahlen.md §1, version 1) and where they are. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputProblem } from '../types.ts';

/** Required columns per file, in the order of §1; further columns are allowed and ignored. */
export const INPUT_COLUMNS = {
  einheiten: ['id', 'name', 'ebene', 'parent_id'],
  personen: ['person_id', 'geschlecht', 'geburtsdatum'],
  elb_zeiten: ['person_id', 'einheit_id', 'bg_id', 'von', 'bis', 'alleinerziehend'],
  leistungen: ['bg_id', 'einheit_id', 'monat', 'llu', 'luh'],
  beschaeftigungen: ['person_id', 'art', 'von', 'bis'],
  massnahmen: ['person_id', 'kategorie', 'instrument', 'von', 'bis'],
  stichtage: ['monat', 'stichtag'],
} as const;

export type InputName = keyof typeof INPUT_COLUMNS;
export const INPUT_NAMES = Object.keys(INPUT_COLUMNS) as InputName[];
const OPTIONAL: ReadonlySet<InputName> = new Set(['stichtage']);

export interface InputFile {
  name: InputName;
  /** File name with extension, as problems name it. */
  file: string;
  path: string;
  format: 'csv' | 'parquet';
}

export interface FoundFiles {
  files: Map<InputName, InputFile>;
  problems: InputProblem[];
}

/** Finds NAME.csv or NAME.parquet for every input; a missing file or both formats is a problem. */
export function findInputFiles(inputDir: string): FoundFiles {
  const files = new Map<InputName, InputFile>();
  const problems: InputProblem[] = [];
  for (const name of INPUT_NAMES) {
    const found = (['csv', 'parquet'] as const)
      .map((format) => ({
        name,
        format,
        file: `${name}.${format}`,
        path: join(inputDir, `${name}.${format}`),
      }))
      .filter((f) => existsSync(f.path) && statSync(f.path).isFile());
    const [first, second] = found;
    if (first && second) {
      problems.push({
        file: first.file,
        line: null,
        column: null,
        problem: `both ${first.file} and ${second.file} exist; keep one of them`,
      });
    } else if (first) {
      files.set(name, first);
    } else if (!OPTIONAL.has(name)) {
      problems.push({
        file: name,
        line: null,
        column: null,
        problem: `file ${name}.csv or ${name}.parquet is missing in ${inputDir}`,
      });
    }
  }
  return { files, problems };
}
