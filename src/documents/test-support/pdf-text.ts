/**
 * Test support: a PDF back to text with poppler's pdftotext, and the comparison form of text.
 * pdftotext breaks lines where the page does, marks Typst's hyphenation with a soft hyphen
 * (U+00AD) and drops a real hyphen at a line end ("Nordrhein-␤Westfalen" → "NordrheinWestfalen"),
 * so comparisons drop whitespace, soft hyphens, hyphens and list bullets on both sides: every
 * other character must match in order.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `raw`: in content-stream order instead of reading order (a page's background comes first). */
export function pdfToText(
  pdf: Buffer,
  options: { firstPage?: number; lastPage?: number; raw?: boolean } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'zs-pdftext-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const range = [
      ...(options.firstPage ? ['-f', String(options.firstPage)] : []),
      ...(options.lastPage ? ['-l', String(options.lastPage)] : []),
    ];
    return execFileSync(
      'pdftotext',
      ['-enc', 'UTF-8', ...(options.raw ? ['-raw'] : []), ...range, file, '-'],
      { encoding: 'utf8' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages as pdftotext separates them (form feed). */
export function pdfPages(text: string): string[] {
  return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

/** Lines of the page furniture (footer text, "Seite x von y") removed. */
export function withoutFurniture(text: string, footer: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== footer && !/^Seite \d+ von \d+$/.test(line.trim()))
    .join('\n');
}

/** List bullets go too: the seed writes list items without them. */
export function comparable(text: string): string {
  return text.replace(/[\s\u00AD•-]+/g, '');
}

/** The pieces not found in `text` in the given order (each searched after the previous one). */
export function missingInOrder(pieces: readonly string[], text: string): string[] {
  const haystack = comparable(text);
  const missing: string[] = [];
  let from = 0;
  for (const piece of pieces) {
    const at = haystack.indexOf(comparable(piece), from);
    if (at < 0) missing.push(piece);
    else from = at + comparable(piece).length;
  }
  return missing;
}
