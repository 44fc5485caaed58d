/** Reading the claim-mapping file of single sign-on when the server starts (fail fast, one German line). */
import { readFile } from 'node:fs/promises';
import { parseClaimMapping } from '../../contracts/claim-mapping.ts';
import type { ClaimMapping } from '../../domain/access/claim-mapping.ts';

/** A mapping file that cannot be used; the message names the file and the field. */
export class ClaimMappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimMappingError';
  }
}

export async function readClaimMapping(path: string): Promise<ClaimMapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ClaimMappingError(
      `${path}: ${code === 'ENOENT' ? 'Datei nicht gefunden' : `nicht lesbar (${code ?? 'unbekannter Fehler'})`}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ClaimMappingError(`${path}: kein gültiges JSON (${(error as Error).message})`);
  }
  const parsed = parseClaimMapping(json);
  if (!parsed.ok) throw new ClaimMappingError(`${path}: ${parsed.problems.join('; ')}`);
  return parsed.mapping;
}
