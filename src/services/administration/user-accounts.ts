/**
 * Shared steps of the account services: the account as the API shows it, the check of role,
 * unit and grants against the unit tree of today, and one-time passwords.
 */
import { listUserAccounts, type UserListRow } from '../../db/repositories/user-accounts.ts';
import { accountProblems, type AccountShape } from '../../domain/access/account-rules.ts';
import { passwordProblems } from '../../domain/access/login-policy.ts';
import type { UserAccount } from '../../contracts/admin-users.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { newSecret } from '../identity/secrets.ts';
import type { UnitDirectory } from '../units/unit-directory.ts';

export function presentAccount(row: UserListRow): UserAccount {
  return {
    ...row,
    importSources: [...row.importSources],
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

/** The account as it is now, or 404. */
export async function loadAccount(ctx: ServiceContext, id: string): Promise<UserAccount> {
  const [row] = await listUserAccounts(ctx.db, id);
  if (row === undefined) throw new AppError('not_found', `Benutzer „${id}“ nicht gefunden`);
  return presentAccount(row);
}

/** Throws a validation error naming each field when the account does not fit (unit of today). */
export function checkAccount(account: AccountShape, units: UnitDirectory): void {
  const problems = accountProblems(account, units.byId.get(account.unitId));
  if (problems.length > 0)
    throw new AppError(
      'validation',
      `Das Konto passt so nicht: ${problems.map((p) => p.message).join(' ')}`,
      problems,
    );
}

/** Throws a validation error (on `path`) unless the password keeps the password rules. */
export function checkPassword(password: string, username: string, path: string): void {
  const problems = passwordProblems(password, { username });
  if (problems.length > 0)
    throw new AppError(
      'validation',
      `Das Kennwort genügt nicht: ${problems.join('; ')}.`,
      problems.map((message) => ({ path, message })),
    );
}

/** A random password of 20 characters that keeps the password rules. */
export function oneTimePassword(username: string): string {
  for (;;) {
    const candidate = newSecret('').slice(0, 20);
    if (passwordProblems(candidate, { username }).length === 0) return candidate;
  }
}
