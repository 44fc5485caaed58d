/**
 * `audit verify [--anchor ID:HASH]`: walks the audit trail's hash chain (services/audit/
 * verify-chain.ts) and prints one line — `Audit-Kette in Ordnung: N Einträge, letzter Hash …`
 * (exit 0) or the first broken record (exit 1). Note the last hash outside the system: given
 * back as --anchor, it shows whether the chain still contains that record unchanged, which the
 * chain alone cannot show when its newest records were cut off together with the head.
 */
import { parseArgs } from 'node:util';
import {
  describeVerification,
  verifyAuditChain,
  type ChainAnchor,
} from '../../services/audit/verify-chain.ts';
import { createProgress } from '../progress.ts';
import { UsageError } from '../usage-error.ts';
import { withDatabase } from './with-database.ts';

export const AUDIT_VERIFY_USAGE = 'audit verify [--anchor ID:HASH] [--batch N]';

function parseAnchor(text: string): ChainAnchor {
  const match = /^(\d{1,15}):([0-9a-fA-F]{64})$/.exec(text);
  if (match === null)
    throw new UsageError(
      `--anchor must be ID:HASH (a record's id and its 64-digit hex hash), got ${JSON.stringify(text)}`,
      AUDIT_VERIFY_USAGE,
    );
  return { id: Number(match[1]), hash: match[2]!.toLowerCase() };
}

export async function runAuditVerify(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { anchor: { type: 'string' }, batch: { type: 'string' } },
    strict: true,
  });
  const anchor = values.anchor === undefined ? undefined : parseAnchor(values.anchor);
  const batchSize = values.batch === undefined ? undefined : Number(values.batch);
  if (
    batchSize !== undefined &&
    !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 100_000)
  )
    throw new UsageError(`--batch must be 1 … 100000, got ${values.batch}`, AUDIT_VERIFY_USAGE);
  const progress = createProgress('Audit-Kette');
  const started = performance.now();
  let shown = 0;
  const verdict = await withDatabase(async (ctx) =>
    verifyAuditChain(ctx.db, {
      anchor,
      batchSize,
      // at most once a second: a plain line each time when stderr is no terminal
      onProgress: (checked, total) => {
        if (performance.now() - shown < 1_000) return;
        shown = performance.now();
        progress.step('Einträge', checked, total);
      },
    }),
  ).finally(() => progress.stop());
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${describeVerification(verdict)}\n`);
  if (verdict.head !== null)
    process.stderr.write(
      `Kettenkopf: Eintrag ${verdict.head.seq}, Hash ${verdict.head.hash} (zum Notieren außerhalb des Systems; später prüfen mit --anchor ${verdict.head.seq}:HASH)\n`,
    );
  process.stderr.write(
    `${verdict.entries} Einträge in ${seconds.toFixed(1)} s geprüft (${Math.round(verdict.entries / Math.max(seconds, 0.001))} je Sekunde)\n`,
  );
  return verdict.ok ? 0 : 1;
}
