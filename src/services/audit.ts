/** The audit trail (zielsteuerung.md, data protection): who changed what, when — in the same transaction. */
import { insertAudit } from '../db/repositories/audit.ts';
import type { Actor, Tx } from './context.ts';

export async function recordAudit(
  tx: Tx,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string,
  detail: unknown,
): Promise<void> {
  await insertAudit(tx, { actor: actor.id, action, entity, entityId, detail });
}
