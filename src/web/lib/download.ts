/** Saving a file the API produced (documents, table exports). */
import type { ExportTable } from '../../contracts/exports.ts';
import { apiDownload } from './api.ts';

export type { ExportTable } from '../../contracts/exports.ts';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const { blob, name } = await apiDownload('GET', path, fallbackName);
  save(blob, name);
}

export async function exportTable(table: ExportTable, format: 'xlsx' | 'csv'): Promise<void> {
  const base = table.title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  const { blob, name } = await apiDownload(
    'POST',
    `/api/exports?format=${format}`,
    `${base}.${format}`,
    table,
  );
  save(blob, name);
}
