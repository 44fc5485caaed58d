/**
 * The state of the hash chain for the web page and the API: the chain head at once, and a full
 * verification (verify-chain.ts) on request. A verification is kept per store and chain head for
 * a minute, and concurrent requests share one run, so the page cannot make the server walk a
 * trail of millions of records again and again. The CLI (`audit verify`) always checks afresh.
 */
import type { Executor } from '../../db/executor.ts';
import { readChainHead } from '../../db/repositories/audit.ts';
import { GENESIS_HASH } from '../../domain/audit/canonical-record.ts';
import type { ChainCheckView, ChainStateView } from '../../contracts/audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAdministrator } from './administration.ts';
import { describeVerification, verifyAuditChain } from './verify-chain.ts';

/** how long a verification of an unchanged chain head stands */
export const CHECK_VALID_MS = 60_000;

interface KeptCheck {
  head: string;
  startedAt: number;
  result: Promise<ChainCheckView>;
  /** the result once it is there */
  value?: ChainCheckView;
}

const kept = new WeakMap<object, KeptCheck>();

async function headKey(ex: Executor) {
  const head = await readChainHead(ex);
  return {
    head,
    key: head === undefined ? 'none' : `${head.seq}:${head.hash}`,
  };
}

/** The head of the chain and the last verification of exactly this head, if one is kept. */
export async function readChainState(ctx: ServiceContext): Promise<ChainStateView> {
  requireAdministrator(ctx.actor, 'Den Stand der Audit-Kette');
  const { head, key } = await headKey(ctx.db);
  const check = kept.get(ctx.db);
  // a check still running is not waited for: the list answers at once
  const known =
    check !== undefined && check.head === key && Date.now() - check.startedAt < CHECK_VALID_MS
      ? (check.value ?? null)
      : null;
  return {
    entries: head?.seq ?? 0,
    lastHash: head?.hash ?? GENESIS_HASH,
    lastAt: head?.at?.toISOString() ?? null,
    check: known,
  };
}

/** A verification of the whole chain: kept for a minute while the head stays the same. */
export async function checkAuditChain(
  ctx: ServiceContext,
  options: { maxAgeMs?: number } = {},
): Promise<ChainCheckView> {
  requireAdministrator(ctx.actor, 'Die Prüfung der Audit-Kette');
  const maxAge = options.maxAgeMs ?? CHECK_VALID_MS;
  const { key } = await headKey(ctx.db);
  const check = kept.get(ctx.db);
  if (check !== undefined && check.head === key && Date.now() - check.startedAt < maxAge)
    return check.result;
  const startedAt = Date.now();
  const result = verifyAuditChain(ctx.db).then((v) => ({
    ...v,
    message: describeVerification(v),
    checkedAt: ctx.now().toISOString(),
  }));
  const entry: KeptCheck = { head: key, startedAt, result };
  kept.set(ctx.db, entry);
  result.then(
    (value) => {
      entry.value = value;
    },
    () => {
      if (kept.get(ctx.db) === entry) kept.delete(ctx.db);
    },
  );
  return result;
}
