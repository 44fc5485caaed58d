/**
 * Changing an account: name, role, unit, grants, active. The change names the row version it
 * read (409 when another administrator changed the account since). An administrator neither
 * deactivates nor demotes the own account. Deactivating ends every session of the account at
 * once; its API tokens stay stored but are refused while it is inactive (and count again after a
 * reactivation) — both said in the answer's notices and recorded. Other changes take effect with
 * the user's next request (sessions read the account each time). One active administrator always
 * remains, also when two deactivate each other at the same moment (their rows are locked).
 */
import {
  lockActiveAdministrators,
  updateUserIfVersion,
  type UserChanges,
} from '../../db/repositories/user-accounts.ts';
import { findUser, type UserRow } from '../../db/repositories/users.ts';
import { countUnrevokedTokens, deleteUserSessions } from '../../db/repositories/sessions.ts';
import { selfChangeRefusal } from '../../domain/access/account-rules.ts';
import type { UpdateUserInput, UserAccount } from '../../contracts/admin-users.ts';
import { authorize } from '../access.ts';
import { recordAuditEntries, type AuditEntry } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { checkAccount, loadAccount } from './user-accounts.ts';

const FIELDS = ['name', 'role', 'unitId', 'microdataRights', 'importSources'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isActiveAdmin = (u: { role: string; active: boolean }) =>
  u.role === 'administration' && u.active;

/** The fields the input changes, with their new values. */
function changesOf(before: UserRow, input: UpdateUserInput): UserChanges {
  const changes: UserChanges = {};
  for (const field of [...FIELDS, 'active'] as const) {
    const next = input[field];
    if (next !== undefined && !same(next, before[field])) Object.assign(changes, { [field]: next });
  }
  return changes;
}

async function conflict(ctx: ServiceContext, id: string, expected: number): Promise<AppError> {
  const current = await loadAccount(ctx, id);
  return new AppError(
    'conflict',
    `Das Konto „${id}“ wurde inzwischen geändert (gelesen: Stand ${expected}, aktuell: Stand ${current.rowVersion}). Bitte neu laden und die Änderung erneut vornehmen.`,
    [{ path: 'rowVersion', message: `veraltet: ${expected}, aktuell ${current.rowVersion}` }],
    current,
  );
}

export async function updateUserAccount(
  ctx: ServiceContext,
  id: string,
  input: UpdateUserInput,
): Promise<UserAccount & { notices: string[] }> {
  return transact(ctx, async (tctx) => {
    const units = await authorize(tctx, { kind: 'users.manage' });
    const before = await findUser(tctx.db, id);
    if (before === undefined) throw new AppError('not_found', `Benutzer „${id}“ nicht gefunden`);
    if (before.rowVersion !== input.rowVersion) throw await conflict(tctx, id, input.rowVersion);
    const changes = changesOf(before, input);
    if (Object.keys(changes).length === 0) return { ...(await loadAccount(tctx, id)), notices: [] };
    const after = { ...before, ...changes };
    const refusal = id === ctx.actor.id ? selfChangeRefusal(before, after) : null;
    if (refusal !== null) throw new AppError('forbidden', refusal);
    if (before.role === 'administration' && before.active && !isActiveAdmin(after)) {
      const remaining = (await lockActiveAdministrators(tctx.db)).filter((a) => a !== id);
      if (remaining.length === 0)
        throw new AppError(
          'invalid_state',
          `Ohne ${before.name} gäbe es keine aktive Administration mehr: mindestens ein aktives Konto mit der Rolle Administration muss bleiben.`,
        );
    }
    const reactivated = changes.active === true;
    if (FIELDS.some((f) => f in changes) || reactivated) checkAccount(after, units);

    const updated = await updateUserIfVersion(tctx.db, id, input.rowVersion, changes);
    if (updated === undefined) throw await conflict(tctx, id, input.rowVersion);

    const notices: string[] = [];
    const entries: AuditEntry[] = [];
    const fieldChanges = Object.fromEntries(
      FIELDS.filter((f) => f in changes).map((f) => [f, { from: before[f], to: after[f] }]),
    );
    if (Object.keys(fieldChanges).length > 0) {
      entries.push({ action: 'user.update', entity: 'user', entityId: id, detail: fieldChanges });
      if (after.active)
        notices.push(
          'Die Änderung gilt ab der nächsten Anfrage des Benutzers; laufende Sitzungen bleiben bestehen.',
        );
    }
    if (changes.active === false) {
      const sessionsEnded = await deleteUserSessions(tctx.db, id);
      const tokens = await countUnrevokedTokens(tctx.db, id);
      notices.push(
        `Deaktiviert: ${sessionsEnded === 1 ? 'eine Sitzung' : `${sessionsEnded} Sitzungen`} beendet.`,
        tokens === 0
          ? 'Der Benutzer hat keine gültigen API-Token.'
          : `${tokens === 1 ? 'Ein API-Token bleibt' : `${tokens} API-Token bleiben`} gespeichert (nicht widerrufen), ${tokens === 1 ? 'gilt' : 'gelten'} aber nicht, solange das Konto deaktiviert ist; nach einer Reaktivierung ${tokens === 1 ? 'gilt es' : 'gelten sie'} wieder.`,
      );
      entries.push({
        action: 'user.deactivate',
        entity: 'user',
        entityId: id,
        detail: { sessionsEnded, unrevokedTokens: tokens },
      });
    }
    if (reactivated) {
      const tokens = await countUnrevokedTokens(tctx.db, id);
      if (tokens > 0)
        notices.push(
          `Reaktiviert: ${tokens === 1 ? 'ein nicht widerrufenes API-Token gilt' : `${tokens} nicht widerrufene API-Token gelten`} wieder.`,
        );
      entries.push({
        action: 'user.reactivate',
        entity: 'user',
        entityId: id,
        detail: { unrevokedTokens: tokens },
      });
    }
    await recordAuditEntries(tctx.db, ctx.actor, entries);
    return { ...(await loadAccount(tctx, id)), notices };
  });
}
