/**
 * Test support: converting an office file to PDF with LibreOffice, headless, with a profile of
 * its own in a temporary folder (two conversions sharing a profile block each other).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** null when LibreOffice is not installed. */
export function findLibreOffice(): string | null {
  for (const name of ['libreoffice', 'soffice']) {
    if (spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0) return name;
  }
  return null;
}

export function convertToPdf(binary: string, file: Buffer, extension: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'zs-lo-'));
  try {
    const input = join(dir, `in.${extension}`);
    writeFileSync(input, file);
    execFileSync(
      binary,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'out'),
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'out', 'in.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
