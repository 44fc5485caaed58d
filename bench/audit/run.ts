/**
 * The audit trail at scale: appends N records (default 1,000,000) through the real append path
 * (chain lock, SHA-256, INSERT, head trigger) in transactions of a batch each, into a throw-away
 * embedded PostgreSQL, then verifies the whole chain the way `audit verify` does, and prints
 * records per second of both and the size of the table.
 *
 *   npm run bench -- audit [--rows N] [--batch N]
 */
import { parseArgs } from 'node:util';
import { readChainBatch } from '../../src/db/repositories/audit.ts';
import { startTestDatabase } from '../../src/db/test-database.ts';
import { recordAuditEntries, type AuditEntry } from '../../src/services/audit.ts';
import { systemActor } from '../../src/services/system/system-actor.ts';
import { describeVerification, verifyAuditChain } from '../../src/services/audit/verify-chain.ts';

const ACTIONS = ['agreement.update', 'export.monitoring_report', 'values.import', 'unit.update'];

/** a record as the application writes them: a few fields, a comment now and then */
function entry(i: number): AuditEntry {
  return {
    action: ACTIONS[i % ACTIONS.length]!,
    entity: 'agreement',
    entityId: `a-${(i * 7919) % 5000}`,
    detail: {
      versionNo: 1 + (i % 4),
      from: 'entwurf',
      to: 'angebot',
      comment: i % 5 === 0 ? `Zielwert nach Dialog ${i} angepasst` : null,
      month: `2014-${String(1 + (i % 12)).padStart(2, '0')}`,
    },
  };
}

const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('de-DE');

export async function runAuditBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { rows: { type: 'string' }, batch: { type: 'string' } },
    strict: true,
  });
  const rows = Number(values.rows ?? 1_000_000);
  const batch = Number(values.batch ?? 5_000);
  console.error('… throw-away PostgreSQL …');
  const database = await startTestDatabase();
  try {
    const actor = systemActor('bench');
    let started = performance.now();
    for (let done = 0; done < rows; done += batch) {
      const n = Math.min(batch, rows - done);
      await recordAuditEntries(
        database.db,
        actor,
        Array.from({ length: n }, (_, k) => entry(done + k)),
      );
      if ((done / batch) % 20 === 0) console.error(`  ${done.toLocaleString('de-DE')} …`);
    }
    const appendMs = performance.now() - started;
    await database.pool.query('VACUUM ANALYZE audit_log, audit_chain_head');
    const size = (
      await database.pool.query(
        "SELECT pg_size_pretty(pg_total_relation_size('audit_log')) AS size",
      )
    ).rows[0].size as string;

    // reading alone (no hashing): what the database and the driver cost of the verification
    started = performance.now();
    let read = 0;
    for (let after = 0; ;) {
      const batchRows = await readChainBatch(database.db, after, Number.MAX_SAFE_INTEGER, 5_000);
      if (batchRows.length === 0) break;
      read += batchRows.length;
      after = batchRows[batchRows.length - 1]!.id;
    }
    const readMs = performance.now() - started;

    started = performance.now();
    const verdict = await verifyAuditChain(database.db);
    const verifyMs = performance.now() - started;
    const memory = process.memoryUsage().rss / 1024 / 1024;

    console.log(
      `Audit-Kette, ${rows.toLocaleString('de-DE')} Einträge (Tabelle mit Indizes ${size})`,
    );
    console.log(
      `  anfügen:  ${(appendMs / 1000).toFixed(1)} s, ${rate(rows, appendMs)} Einträge/s (je ${batch} in einer Transaktion)`,
    );
    console.log(
      `  davon lesen (ohne Hash): ${(readMs / 1000).toFixed(1)} s, ${rate(read, readMs)} Einträge/s`,
    );
    console.log(
      `  prüfen:   ${(verifyMs / 1000).toFixed(1)} s, ${rate(verdict.entries, verifyMs)} Einträge/s (RSS ${memory.toFixed(0)} MiB)`,
    );
    console.log(`  ${describeVerification(verdict)}`);
    if (!verdict.ok) process.exitCode = 1;
  } finally {
    await database.destroy();
  }
}
