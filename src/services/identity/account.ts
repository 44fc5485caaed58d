/**
 * A user's own account: changing the password (the old one proves it is the user; every other
 * session of the user ends), and personal API tokens for scripts (shown once, stored hashed,
 * revocable). Creating users: the first administrator comes from the CLI.
 */
import {
  findUser,
  insertUser,
  setPasswordHash,
  countAdministrators,
} from '../../db/repositories/users.ts';
import {
  deleteOtherSessions,
  insertToken,
  listTokens,
  revokeToken,
} from '../../db/repositories/sessions.ts';
import { passwordProblems } from '../../domain/access/login-policy.ts';
import { recordAudit } from '../audit.ts';
import { transact, type Role, type ServiceContext } from '../context.ts';
import { readUnitTree } from '../../db/repositories/units.ts';
import { accountProblems } from '../../domain/access/account-rules.ts';
import { AppError } from '../errors.ts';
import type { Executor } from '../../db/executor.ts';
import { systemActor } from '../system/system-actor.ts';
import { hashPassword, newSecret, secretHash, verifyPassword } from './secrets.ts';

function checkNewPassword(password: string, username: string, path: string): void {
  const problems = passwordProblems(password, { username });
  if (problems.length > 0)
    throw new AppError(
      'validation',
      `Das neue Kennwort genügt nicht: ${problems.join('; ')}.`,
      problems.map((message) => ({ path, message })),
    );
}

export async function changePassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUser(ctx.db, ctx.actor.id);
  if (user === undefined || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('validation', 'Das bisherige Kennwort stimmt nicht.', [
      { path: 'currentPassword', message: 'falsch' },
    ]);
  }
  checkNewPassword(input.newPassword, user.id, 'newPassword');
  const hash = await hashPassword(input.newPassword);
  await transact(ctx, async ({ db }) => {
    await setPasswordHash(db, user.id, hash);
    await deleteOtherSessions(db, user.id, ctx.session?.idHash ?? null);
    await recordAudit(db, ctx.actor, 'user.password', 'user', user.id, {});
  });
}

const present = (t: {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}) => ({
  id: t.id,
  name: t.name,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export async function createToken(ctx: ServiceContext, name: string) {
  const token = newSecret('zs_t_');
  return transact(ctx, async ({ db }) => {
    const row = await insertToken(db, { userId: ctx.actor.id, name, tokenHash: secretHash(token) });
    await recordAudit(db, ctx.actor, 'token.create', 'user', ctx.actor.id, {
      tokenId: row.id,
      name,
    });
    return { ...present(row), token };
  });
}

export async function listOwnTokens(ctx: ServiceContext) {
  return (await listTokens(ctx.db, ctx.actor.id)).map(present);
}

export async function revokeOwnToken(ctx: ServiceContext, id: number): Promise<void> {
  await transact(ctx, async ({ db }) => {
    const row = await revokeToken(db, ctx.actor.id, id, ctx.now());
    if (row === undefined)
      throw new AppError('not_found', `API-Token ${id} nicht gefunden (oder schon widerrufen)`);
    await recordAudit(db, ctx.actor, 'token.revoke', 'user', ctx.actor.id, { tokenId: id });
  });
}

export interface NewUser {
  id: string;
  name: string;
  role: Role;
  unitId: string;
  microdataRights: boolean;
  password: string;
}

/** A user with a password (the CLI: the first administrator, or any user). */
export async function createUser(db: Executor, user: NewUser): Promise<void> {
  checkNewPassword(user.password, user.id, 'password');
  // the same account rules as in the administration's pages
  const today = new Date().toISOString().slice(0, 10);
  const unit = (await readUnitTree(db, today)).find((u) => u.id === user.unitId);
  const problems = accountProblems({ ...user, importSources: [] }, unit);
  if (problems.length > 0)
    throw new AppError(
      'validation',
      problems.map((p) => p.message).join(' '),
      problems.map((p) => ({ path: p.path, message: p.message })),
    );
  const passwordHash = await hashPassword(user.password);
  const { password: _p, ...row } = user;
  const saved = await insertUser(db, { ...row, passwordHash });
  if (saved === undefined)
    throw new AppError('conflict', `Den Benutzer „${user.id}“ gibt es schon.`);
  await recordAudit(db, systemActor('cli'), 'user.create', 'user', user.id, {
    role: user.role,
    unitId: user.unitId,
  });
}

export const hasAdministrator = async (db: Executor) => (await countAdministrators(db)) > 0;
