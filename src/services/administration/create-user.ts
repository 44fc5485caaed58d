/**
 * A new account by the administration: role, unit and grants checked (the unit must exist
 * today), the password given (and checked by the password rules) or generated — then shown only
 * in this answer. Audited without any secret.
 */
import { insertUser } from '../../db/repositories/users.ts';
import type { CreateUserInput } from '../../contracts/admin-users.ts';
import { authorize } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { hashPassword } from '../identity/secrets.ts';
import { checkAccount, checkPassword, loadAccount, oneTimePassword } from './user-accounts.ts';

export async function createUserAccount(ctx: ServiceContext, input: CreateUserInput) {
  return transact(ctx, async (tctx) => {
    const units = await authorize(tctx, { kind: 'users.manage' });
    const { password: given, ...account } = input;
    checkAccount(account, units);
    if (given !== undefined) checkPassword(given, input.id, 'password');
    const password = given ?? oneTimePassword(input.id);
    const saved = await insertUser(tctx.db, {
      ...account,
      passwordHash: await hashPassword(password),
    });
    if (saved === undefined)
      throw new AppError('conflict', `Den Benutzer „${input.id}“ gibt es schon.`, [
        { path: 'id', message: 'schon vergeben' },
      ]);
    await recordAudit(tctx.db, ctx.actor, 'user.create', 'user', input.id, {
      name: account.name,
      role: account.role,
      unitId: account.unitId,
      microdataRights: account.microdataRights,
      importSources: account.importSources,
      password: given === undefined ? 'Einmalkennwort erzeugt' : 'vorgegeben',
    });
    return {
      ...(await loadAccount(tctx, input.id)),
      oneTimePassword: given === undefined ? password : null,
    };
  });
}
