/** SHA-256 (hex) of an audit record's canonical text (domain/audit/canonical-record.ts). */
import { createHash } from 'node:crypto';
import { canonicalRecordText, type AuditRecordContent } from '../domain/audit/canonical-record.ts';

export function hashAuditRecord(record: AuditRecordContent): string {
  return createHash('sha256').update(canonicalRecordText(record), 'utf8').digest('hex');
}
