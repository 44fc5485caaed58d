/**
 * Writes the engine's results as the fixed CSV interface of `kpi compute`:
 * grundgroessen.csv (einheit_id,monat,geschlecht,groesse,wert) and
 * kennzahlen.csv (einheit_id,monat,geschlecht,kennzahl,wert,zaehler,nenner).
 * Numbers in full precision with `.` as decimal point, never in exponent notation; empty cells
 * where a value is missing. Rounding is for display only. Beside them the marker
 * kennzahlen-vertrag.json names the contract version (output-marker.ts).
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { KENNZAHLEN_VERTRAG } from '../domain/kpi/contract-version.ts';
import { removeOutputMarker, writeOutputMarker } from './output-marker.ts';
import type { KpiComputeResult } from './types.ts';

export const OUTPUT_FILES = {
  grundgroessen: 'grundgroessen.csv',
  kennzahlen: 'kennzahlen.csv',
} as const;

/** RFC 4180 quoting where a field needs it. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number in plain decimal notation with the shortest digits that read back to the same double. */
export function formatNumber(value: number | null): string {
  if (value === null) return '';
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, fraction = '', exponentText] = match;
  const digits = lead! + fraction;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}`;
}

async function writeLines(path: string, header: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let chunk = `${header}\n`;
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await finished(out);
}

export async function writeKpiOutput(result: KpiComputeResult, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  // a marker left from an earlier run must not speak for files this run is rewriting
  await removeOutputMarker(outDir);
  await writeLines(
    join(outDir, OUTPUT_FILES.grundgroessen),
    'einheit_id,monat,geschlecht,groesse,wert',
    (function* () {
      for (const r of result.baseQuantities)
        yield `${csvField(r.einheitId)},${r.monat},${r.geschlecht},${r.groesse},${formatNumber(r.wert)}`;
    })(),
  );
  await writeLines(
    join(outDir, OUTPUT_FILES.kennzahlen),
    'einheit_id,monat,geschlecht,kennzahl,wert,zaehler,nenner',
    (function* () {
      for (const r of result.kennzahlen) {
        yield `${csvField(r.einheitId)},${r.monat},${r.geschlecht},${r.kennzahl},${formatNumber(r.wert)},${formatNumber(r.zaehler)},${formatNumber(r.nenner)}`;
      }
    })(),
  );
  await writeOutputMarker(outDir, {
    kennzahlenVertrag: KENNZAHLEN_VERTRAG,
    beobachtungszeitraum: { von: result.observation.first, bis: result.observation.last },
    dateien: [OUTPUT_FILES.grundgroessen, OUTPUT_FILES.kennzahlen],
  });
}
