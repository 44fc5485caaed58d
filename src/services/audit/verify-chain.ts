/**
 * Checking the audit trail's hash chain (docs/audit.md): every record's hash over its content,
 * every link to the record before, no gap in the ids, and the chain head naming the last record.
 * Walks the trail in batches on one snapshot (REPEATABLE READ), reading the next batch while it
 * hashes the current one, so memory stays flat for any length. Stops at the first broken link.
 */
import { hashAuditRecord } from '../../db/audit-hash.ts';
import { inSnapshot, type Executor } from '../../db/executor.ts';
import {
  findChainRecord,
  findRecordAfter,
  readChainBatch,
  readChainHead,
  type ChainedRecord,
} from '../../db/repositories/audit.ts';
import { GENESIS_HASH } from '../../domain/audit/canonical-record.ts';

export type ChainProblem =
  /** the record's hash does not fit its content */
  | 'content'
  /** records before it are missing (a gap in the ids) */
  | 'missing'
  /** the record does not link to the hash of the one before it */
  | 'order'
  /** the newest records are missing: the chain head names a later one */
  | 'tail'
  /** a record after the chain head, not appended through it */
  | 'beyond_head'
  /** the chain head is missing or does not name the last record */
  | 'head'
  /** an externally noted record is missing or has another hash */
  | 'anchor';

export interface ChainBreak {
  id: number;
  /** UTC with microseconds; null when nothing is known of the record */
  at: string | null;
  action: string | null;
  problem: ChainProblem;
  /** German: what is wrong */
  description: string;
}

export interface ChainVerification {
  ok: boolean;
  /** records checked (all of them when ok) */
  entries: number;
  /** hash of the last record checked; of the newest one when ok */
  lastHash: string;
  break: ChainBreak | null;
  /** the chain head as stored: the newest record's id and hash (to note outside the system) */
  head: { seq: number; hash: string } | null;
}

/** A record noted outside the system (its id and hash), e.g. from an earlier `audit verify`. */
export interface ChainAnchor {
  id: number;
  hash: string;
}

export interface VerifyOptions {
  /** records per query */
  batchSize?: number;
  onProgress?: (checked: number, total: number) => void;
  anchor?: ChainAnchor;
}

const DEFAULT_BATCH = 5_000;

export const PROBLEM_LABELS: Record<ChainProblem, string> = {
  content: 'Inhalt verändert',
  missing: 'Vorgänger fehlt/entfernt',
  order: 'Reihenfolge',
  tail: 'Ende der Kette fehlt/entfernt',
  beyond_head: 'nicht über den Kettenkopf angefügt',
  head: 'Kettenkopf fehlt oder passt nicht',
  anchor: 'weicht vom außerhalb notierten Hash ab',
};

/** The CLI's and the page's sentence about a result. */
export function describeVerification(v: ChainVerification): string {
  if (v.break === null)
    return `Audit-Kette in Ordnung: ${v.entries} Einträge, letzter Hash ${v.lastHash}`;
  const b = v.break;
  return `Audit-Kette gebrochen bei Eintrag ${b.id} (${b.at ?? 'Zeit unbekannt'}, ${b.action ?? 'Aktion unbekannt'}): ${b.description}`;
}

export async function verifyAuditChain(
  ex: Executor,
  options: VerifyOptions = {},
): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  return inSnapshot(ex, async (tx) => {
    const head = await readChainHead(tx);
    let checked = 0;
    let prevHash = GENESIS_HASH;
    let lastId = 0;
    const headInfo = head === undefined ? null : { seq: head.seq, hash: head.hash };
    const broken = (b: Omit<ChainBreak, 'description'>, more = ''): ChainVerification => ({
      ok: false,
      entries: checked,
      lastHash: prevHash,
      break: { ...b, description: `${PROBLEM_LABELS[b.problem]}${more}` },
      head: headInfo,
    });
    if (head === undefined)
      return broken({ id: 0, at: null, action: null, problem: 'head' }, ' (Tabelle leer)');

    let next: Promise<ChainedRecord[]> = readChainBatch(tx, 0, head.seq, batchSize);
    try {
      for (;;) {
        const rows = await next;
        if (rows.length === 0) break;
        next =
          rows.length < batchSize
            ? Promise.resolve([])
            : readChainBatch(tx, rows[rows.length - 1]!.id, head.seq, batchSize);
        for (const row of rows) {
          const where = { id: row.id, at: row.at, action: row.action };
          if (row.id !== lastId + 1)
            return broken(
              { ...where, problem: 'missing' },
              row.id === lastId + 2
                ? ` (Eintrag ${lastId + 1} fehlt)`
                : ` (Einträge ${lastId + 1}–${row.id - 1} fehlen)`,
            );
          if (hashAuditRecord(row) !== row.hash) return broken({ ...where, problem: 'content' });
          if (row.prevHash !== prevHash)
            return broken(
              { ...where, problem: 'order' },
              ` (verweist nicht auf den Hash von Eintrag ${lastId}: vertauscht, ersetzt oder eingeschoben)`,
            );
          prevHash = row.hash;
          lastId = row.id;
          checked += 1;
        }
        options.onProgress?.(checked, head.seq);
      }
    } finally {
      // a batch still being read must end before the snapshot does
      await next.catch(() => []);
    }

    if (lastId < head.seq)
      return broken(
        { id: head.seq, at: head.at?.toISOString() ?? null, action: head.action, problem: 'tail' },
        lastId + 1 === head.seq
          ? ` (der Kettenkopf nennt Eintrag ${head.seq} als letzten)`
          : ` (Einträge ${lastId + 1}–${head.seq} fehlen; der Kettenkopf nennt ${head.seq} als letzten)`,
      );
    if (head.hash !== prevHash)
      return broken(
        { id: head.seq, at: head.at?.toISOString() ?? null, action: head.action, problem: 'head' },
        ' (anderer Hash als der letzte Eintrag)',
      );
    const beyond = await findRecordAfter(tx, head.seq);
    if (beyond !== undefined)
      return broken({
        id: beyond.id,
        at: beyond.at,
        action: beyond.action,
        problem: 'beyond_head',
      });
    if (options.anchor !== undefined) {
      const noted = await findChainRecord(tx, options.anchor.id);
      if (noted === undefined || noted.hash !== options.anchor.hash.toLowerCase())
        return broken(
          {
            id: options.anchor.id,
            at: noted?.at ?? null,
            action: noted?.action ?? null,
            problem: 'anchor',
          },
          noted === undefined
            ? ` (der Eintrag fehlt; die Kette endet bei ${head.seq})`
            : ` (gespeichert: ${noted.hash})`,
        );
    }
    return { ok: true, entries: checked, lastHash: prevHash, break: null, head: headInfo };
  });
}
