/**
 * A new password for another account (forgotten, or the first one): given and checked by the
 * password rules, or generated and shown only in this answer. Every session of the account ends
 * (whoever knew the old password is out); its API tokens stay. The own password is changed with
 * the old one (PUT /api/session/password), not here. Audited without any secret.
 */
import { setPasswordHash, findUser } from '../../db/repositories/users.ts';
import { deleteUserSessions } from '../../db/repositories/sessions.ts';
import { authorize } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { hashPassword } from '../identity/secrets.ts';
import { checkPassword, oneTimePassword } from './user-accounts.ts';

export async function resetUserPassword(
  ctx: ServiceContext,
  id: string,
  input: { password?: string | null },
) {
  return transact(ctx, async (tctx) => {
    await authorize(tctx, { kind: 'users.manage' });
    const user = await findUser(tctx.db, id);
    if (user === undefined) throw new AppError('not_found', `Benutzer „${id}“ nicht gefunden`);
    if (id === ctx.actor.id)
      throw new AppError(
        'forbidden',
        'Das eigene Kennwort ändern Sie mit dem bisherigen Kennwort (PUT /api/session/password), nicht über das Zurücksetzen.',
      );
    const given = input.password ?? null;
    if (given !== null) checkPassword(given, id, 'password');
    const password = given ?? oneTimePassword(id);
    await setPasswordHash(tctx.db, id, await hashPassword(password));
    const sessionsEnded = await deleteUserSessions(tctx.db, id);
    await recordAudit(tctx.db, ctx.actor, 'user.password_reset', 'user', id, {
      password: given === null ? 'Einmalkennwort erzeugt' : 'vorgegeben',
      sessionsEnded,
    });
    const notices = [
      `Kennwort neu gesetzt; ${sessionsEnded === 1 ? 'eine Sitzung' : `${sessionsEnded} Sitzungen`} des Benutzers beendet.`,
    ];
    if (!user.active)
      notices.push('Das Konto ist deaktiviert: anmelden kann es sich erst nach der Reaktivierung.');
    return { id, oneTimePassword: given === null ? password : null, notices };
  });
}
