/**
 * Logging in and out with a local account: the password checked against its argon2id hash, five
 * failed attempts in a row lock the user name for 15 minutes (login-policy.ts), every attempt is
 * audited, and a success opens a server-side session (the cookie holds its random id, the store
 * only its hash) — with `openSession`, which single sign-on (oidc-login.ts) uses too.
 */
import {
  findThrottle,
  findUser,
  clearThrottle,
  saveThrottle,
  type UserRow,
} from '../../db/repositories/users.ts';
import { deleteSession, insertSession } from '../../db/repositories/sessions.ts';
import { afterFailure, lockedFor } from '../../domain/access/login-policy.ts';
import { recordAudit } from '../audit.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { actorOf } from '../actors.ts';
import type { Executor } from '../../db/executor.ts';
import { newSecret, secretHash, verifyPassword } from './secrets.ts';

export interface OpenedSession {
  /** goes into the cookie; the store keeps only its hash */
  sessionId: string;
  csrfToken: string;
  actor: Actor;
}

const WRONG = 'Benutzername oder Kennwort falsch.';
/** Who a refused login is recorded as: the name tried, without rights. */
export const anonymous = (username: string): Actor => ({
  id: username,
  name: username,
  role: 'leser',
  unitId: '',
  microdataRights: false,
  importSources: [],
});

export async function logIn(
  db: Executor,
  input: { username: string; password: string; now: Date },
): Promise<OpenedSession> {
  const username = input.username.trim();
  const throttle = await findThrottle(db, username);
  const wait = lockedFor(throttle, input.now);
  if (wait > 0) {
    await recordAudit(db, anonymous(username), 'login.locked', 'user', username, {});
    throw new AppError(
      'too_many_attempts',
      `Zu viele Fehlversuche: die Anmeldung als „${username}“ ist für ${Math.ceil(wait / 60_000)} Minuten gesperrt.`,
      [],
      undefined,
      Math.ceil(wait / 1000),
    );
  }
  const user = await findUser(db, username);
  const ok = await verifyPassword(user?.active === true ? user.passwordHash : null, input.password);
  if (!ok || user === undefined) {
    const next = afterFailure(throttle, input.now);
    await saveThrottle(db, username, next);
    await recordAudit(db, anonymous(username), 'login.failed', 'user', username, {
      failures: next.failures,
      locked: next.lockedUntil !== null,
    });
    throw new AppError('unauthenticated', WRONG);
  }
  if (throttle !== undefined) await clearThrottle(db, username);
  return openSession(db, user, input.now, 'kennwort');
}

/**
 * Opens a session for a user who has proven who they are (password, or single sign-on) and
 * audits the login with how it was made.
 */
export async function openSession(
  db: Executor,
  user: UserRow,
  now: Date,
  via: 'kennwort' | 'oidc',
): Promise<OpenedSession> {
  const sessionId = newSecret('zs_s_');
  const csrfToken = newSecret('');
  await insertSession(db, { idHash: secretHash(sessionId), userId: user.id, csrfToken, at: now });
  const actor = actorOf(user);
  await recordAudit(db, actor, 'login', 'user', user.id, { via });
  return { sessionId, csrfToken, actor };
}

export async function logOut(ctx: ServiceContext): Promise<void> {
  if (ctx.session === undefined)
    throw new AppError(
      'validation',
      'Abmelden gilt einer Sitzung; mit einem API-Token gibt es keine.',
    );
  await deleteSession(ctx.db, ctx.session.idHash);
  await recordAudit(ctx.db, ctx.actor, 'logout', 'user', ctx.actor.id, {});
}
