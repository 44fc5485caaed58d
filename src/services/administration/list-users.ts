/** Every account, for the administration only. */
import { listUserAccounts } from '../../db/repositories/user-accounts.ts';
import type { UserAccount } from '../../contracts/admin-users.ts';
import { authorize } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { presentAccount } from './user-accounts.ts';

export async function listUsers(ctx: ServiceContext): Promise<UserAccount[]> {
  await authorize(ctx, { kind: 'users.manage' });
  return (await listUserAccounts(ctx.db)).map(presentAccount);
}
