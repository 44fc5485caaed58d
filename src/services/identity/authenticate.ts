/**
 * Who a request stands for: a session (the cookie's id, valid while neither idle nor absolute
 * expiry has passed: login-policy.ts) or a personal API token (Authorization: Bearer). An expired
 * session is removed; a deactivated user has neither.
 */
import type { Executor } from '../../db/executor.ts';
import {
  deleteSession,
  findActiveToken,
  findSession,
  markTokenUsed,
  touchSession,
} from '../../db/repositories/sessions.ts';
import { sessionState } from '../../domain/access/login-policy.ts';
import { actorOf } from '../actors.ts';
import type { ServiceContext } from '../context.ts';
import { secretHash } from './secrets.ts';

export interface Credentials {
  sessionId: string | null;
  bearer: string | null;
}

export async function authenticate(
  db: Executor,
  credentials: Credentials,
  now: () => Date,
): Promise<ServiceContext | null> {
  const at = now();
  if (credentials.bearer !== null) {
    const found = await findActiveToken(db, secretHash(credentials.bearer));
    if (found === undefined || !found.user.active) return null;
    await markTokenUsed(db, found.token.id, at);
    return { db, actor: actorOf(found.user), now };
  }
  if (credentials.sessionId === null) return null;
  const idHash = secretHash(credentials.sessionId);
  const found = await findSession(db, idHash);
  if (found === undefined) return null;
  if (!found.user.active || sessionState(found.session, at) !== 'gueltig') {
    await deleteSession(db, idHash);
    return null;
  }
  await touchSession(db, idHash, at);
  return {
    db,
    actor: actorOf(found.user),
    now,
    session: { idHash, csrfToken: found.session.csrfToken },
  };
}
