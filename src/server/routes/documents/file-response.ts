/**
 * Files as HTTP responses: the content type, and a Content-Disposition whose `filename` is ASCII
 * (every client reads it) with the RFC 6266/5987 `filename*` beside it for clients that prefer it.
 */
import { Readable } from 'node:stream';
import { z } from '@hono/zod-openapi';
import type { DocumentFile } from '../../../services/documents/document-file.ts';
import { datenstandRef } from '../../../contracts/input.ts';
import { errors } from '../responses.ts';

export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function fileResponse(file: DocumentFile): Response {
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-disposition': contentDisposition(file.fileName),
      'content-length': String(file.bytes.length),
      'cache-control': 'no-store',
    },
  });
}

/** A file produced while it is sent (the XLSX writer streams). */
export function streamResponse(stream: Readable, contentType: string, fileName: string): Response {
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-disposition': contentDisposition(fileName),
      'cache-control': 'no-store',
    },
  });
}

const binary = z.string().openapi({ type: 'string', format: 'binary' });

/** OpenAPI: a 200 with one of the given media types, and the errors of the document routes. */
export function fileResponses(mediaTypes: string[], description: string) {
  return {
    200: {
      description,
      content: Object.fromEntries(mediaTypes.map((t) => [t, { schema: binary }])),
    },
    ...errors(404, 422),
  };
}

export const datenstandQuery = datenstandRef();
