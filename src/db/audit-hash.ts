/** SHA-256 (hex) of an audit record's canonical text (domain/audit/canonical-record.ts). */
import { hash } from 'node:crypto';
import { canonicalRecordText, type AuditRecordContent } from '../domain/audit/canonical-record.ts';

export function hashAuditRecord(record: AuditRecordContent): string {
  // the one-shot crypto.hash (Node ≥ 20.12): about four times faster than createHash() per
  // record of a few hundred bytes, which is what a verification of millions of records costs
  return hash('sha256', canonicalRecordText(record), 'hex');
}
