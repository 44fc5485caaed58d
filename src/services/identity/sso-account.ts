/**
 * The account of a single sign-on login, provisioned just in time: found by the provider's
 * subject once bound, else by the mapped name; created without a password (no local login), and
 * brought in line with the mapping on every login (name, role, unit, grants). Refused: a unit
 * that does not exist or does not fit the role, a deactivated account, and an account of that
 * name that has a password or belongs to another subject — SSO never takes over a local account.
 */
import { readUnitTree } from '../../db/repositories/units.ts';
import {
  findUser,
  findUserBySsoIdentity,
  insertUser,
  updateUser,
  type UserRow,
} from '../../db/repositories/users.ts';
import type { MappedAccount } from '../../domain/access/claim-mapping.ts';
import { roleUnitMismatch } from '../../domain/access/roles.ts';
import type { Executor } from '../../db/executor.ts';
import { recordAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { systemActor } from '../system/system-actor.ts';

export type SsoAccount = { ok: true; user: UserRow } | { ok: false; reason: string };

const ASK = 'Bitte an die Administration wenden.';
const refuse = (reason: string): SsoAccount => ({ ok: false, reason });
/** who provisions: the operator's mapping, applied at login */
const PROVISIONING = systemActor('sso');

const FIELDS = ['name', 'role', 'unitId', 'microdataRights', 'importSources'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function provisionSsoAccount(
  tx: Executor,
  account: MappedAccount,
  identity: { issuer: string; subject: string },
  today: string,
): Promise<SsoAccount> {
  const unit = (await readUnitTree(tx, today)).find((u) => u.id === account.unitId);
  if (unit === undefined)
    return refuse(`Die Einheit „${account.unitId}“ der Zuordnungsregel gibt es nicht. ${ASK}`);
  const mismatch = roleUnitMismatch(account.role, unit.kind, unit.name);
  if (mismatch !== null) return refuse(`${mismatch} Die Zuordnungsregel passt nicht. ${ASK}`);
  const wanted = {
    name: account.name,
    role: account.role,
    unitId: account.unitId,
    microdataRights: account.microdataRights,
    importSources: [...account.importSources],
    ssoIssuer: identity.issuer,
    ssoSubject: identity.subject,
  };
  const bound = await findUserBySsoIdentity(tx, identity.issuer, identity.subject);
  const existing = bound ?? (await findUser(tx, account.username));
  if (existing === undefined) {
    const user = await insertUser(tx, { id: account.username, ...wanted, passwordHash: null });
    if (user === undefined)
      throw new AppError(
        'conflict',
        'Die Anmeldung lief gleichzeitig zweimal; bitte erneut anmelden.',
      );
    await recordAudit(tx, PROVISIONING, 'user.create', 'user', user.id, {
      via: 'oidc',
      role: user.role,
      unitId: user.unitId,
    });
    return { ok: true, user };
  }
  if (bound === undefined && existing.ssoSubject !== null)
    return refuse(
      `Das Konto „${existing.id}“ gehört zu einer anderen Identität des Anmeldedienstes. ${ASK}`,
    );
  if (bound === undefined && existing.passwordHash !== null)
    return refuse(
      `Es gibt schon ein Konto „${existing.id}“ mit Kennwort; es wird nicht für Single Sign-on übernommen. Bitte mit Kennwort anmelden oder an die Administration wenden.`,
    );
  if (!existing.active) return refuse(`Das Konto „${existing.id}“ ist gesperrt. ${ASK}`);
  const changed = FIELDS.filter((f) => !same(existing[f], wanted[f]));
  if (changed.length === 0 && bound !== undefined) return { ok: true, user: existing };
  const user = (await updateUser(tx, existing.id, wanted))!;
  await recordAudit(tx, PROVISIONING, 'user.update', 'user', user.id, {
    via: 'oidc',
    ...Object.fromEntries(changed.map((f) => [f, wanted[f]])),
    ...(bound === undefined ? { bound: true } : {}),
  });
  return { ok: true, user };
}
