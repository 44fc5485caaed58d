/**
 * The signed 2014 agreement MAIS NRW – Kreis Borken as plain text (a copy of the project's seed,
 * shared/seed/zielvereinbarung-2014-kreis-borken.txt, kept in the repository so that tests run
 * on any clone): the reference the transcription and the documents are checked against.
 */
import { readFileSync } from 'node:fs';

export function readBorkenSeed2014(): string {
  return readFileSync(
    new URL('./seed/zielvereinbarung-2014-kreis-borken.txt', import.meta.url),
    'utf8',
  );
}
