/**
 * What DuckDB's CSV reader does not tell: the header row, and the physical line on which a data
 * row starts. DuckDB skips blank lines and lets a quoted field span lines, so data row k is line
 * k + 1 only in a regular file; problem reports name the real line (kennzahlen.md §1).
 * Records are separated by line breaks outside double quotes (`""` inside quotes is a quote).
 */
import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Calls `onRecord(index, startLine)` for every record (0 = header) until it returns false. */
async function scanRecords(
  path: string,
  onRecord: (index: number, startLine: number, endOffset: number) => boolean,
): Promise<void> {
  let line = 1;
  let record = 0;
  let inQuote = false;
  let started = false;
  let startLine = 1;
  let offset = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (!started && byte !== LF && byte !== CR) {
        started = true;
        startLine = line;
      }
      if (byte === QUOTE) {
        inQuote = !inQuote;
      } else if (byte === LF) {
        if (!inQuote && started) {
          if (!onRecord(record++, startLine, offset + i)) return;
          started = false;
        }
        line++;
      }
    }
    offset += chunk.length;
  }
  if (started) onRecord(record, startLine, offset);
}

/** Physical line (header = line 1) of each wanted data row (first data row = 1). */
export async function csvLinesOfRows(
  path: string,
  rows: readonly number[],
): Promise<Map<number, number>> {
  const wanted = new Set(rows);
  const last = Math.max(0, ...rows);
  const lines = new Map<number, number>();
  await scanRecords(path, (index, startLine) => {
    if (wanted.has(index)) lines.set(index, startLine);
    return index < last;
  });
  return lines;
}

/** The column names of the header row (the first record), without a UTF-8 byte order mark. */
export async function readCsvHeader(path: string): Promise<string[] | null> {
  let end = -1;
  await scanRecords(path, (_index, _line, endOffset) => {
    end = endOffset;
    return false;
  });
  if (end < 0) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, {
    start: 0,
    end: Math.max(0, end - 1),
  }) as AsyncIterable<Buffer>)
    chunks.push(chunk);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/^[\r\n]+/, '')
    .replace(/\r$/, '');
  return text === '' ? null : parseCsvRecord(text);
}

/** Splits one CSV record (comma separated, fields optionally in double quotes) into fields. */
export function parseCsvRecord(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuote) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        inQuote = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      inQuote = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  fields.push(field);
  return fields;
}
