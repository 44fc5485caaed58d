/** Buffered line writer: the generator produces rows synchronously and flushes between households. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const FLUSH_CHARS = 1 << 20;

export class LineSink {
  private parts: string[] = [];
  private pending = 0;
  private readonly stream: WriteStream;
  /** Data rows written (the header not counted). */
  rows = 0;

  constructor(path: string, header: string) {
    this.stream = createWriteStream(path);
    this.parts.push(header);
    this.pending = header.length;
  }

  line(text: string): void {
    this.parts.push(text);
    this.pending += text.length + 1;
    this.rows++;
  }

  get needsFlush(): boolean {
    return this.pending >= FLUSH_CHARS;
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = `${this.parts.join('\n')}\n`;
    this.parts = [];
    this.pending = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}

/** Quotes a CSV field when it holds a separator, quote or line break (RFC 4180). */
export function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
