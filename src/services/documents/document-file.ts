/** A generated file as the API and the CLI hand it out. */
export type DocumentFormat = 'pdf' | 'docx' | 'xlsx' | 'csv';

export interface DocumentFile {
  bytes: Buffer;
  contentType: string;
  /** ASCII-safe, with extension */
  fileName: string;
}

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export function documentFile(
  bytes: Buffer,
  format: DocumentFormat,
  baseName: string,
): DocumentFile {
  return { bytes, contentType: CONTENT_TYPES[format], fileName: `${baseName}.${format}` };
}
