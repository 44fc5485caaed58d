/**
 * The audit trail as an export table (XLSX/CSV through documents/render/table): one row per
 * record with its hash, the state of the chain and the filters in the notes.
 */
import type { AuditEntryView } from '../../contracts/audit.ts';
import type { ExportTable } from '../../contracts/exports.ts';

/** an XLSX cell holds at most 32,767 characters */
const CELL_MAX = 32_000;

/** "2014-06-15T10:00:00.123Z" → "2014-06-15 10:00:00.123 UTC" (sortable, unambiguous) */
const timeText = (iso: string) => `${iso.replace('T', ' ').replace('Z', '')} UTC`;

function detailText(detail: unknown): string {
  const text = JSON.stringify(detail) ?? '';
  return text.length > CELL_MAX ? `${text.slice(0, CELL_MAX)} … (gekürzt)` : text;
}

export function buildAuditTable(
  entries: readonly AuditEntryView[],
  notes: { chain: string; filters: string; generatedAt: string; generatedBy: string },
): ExportTable {
  return {
    title: 'Audit-Protokoll',
    columns: [
      { key: 'id', label: 'Nr.', type: 'number', decimals: 0 },
      { key: 'at', label: 'Zeitpunkt', type: 'text' },
      { key: 'actor', label: 'Benutzer', type: 'text' },
      { key: 'action', label: 'Aktion', type: 'text' },
      { key: 'entity', label: 'Art', type: 'text' },
      { key: 'entityId', label: 'Datensatz', type: 'text' },
      { key: 'detail', label: 'Angaben', type: 'text' },
      { key: 'hash', label: 'Hash (SHA-256)', type: 'text' },
    ],
    rows: entries.map((e) => ({
      id: e.id,
      at: timeText(e.at),
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      detail: detailText(e.detail),
      hash: e.hash,
    })),
    notes: [
      notes.chain,
      `Filter: ${notes.filters}`,
      `Erstellt ${timeText(notes.generatedAt)} von ${notes.generatedBy}.`,
    ],
  };
}
