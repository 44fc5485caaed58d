/**
 * The demo's accounts: one per kind of controller the system serves, and an administrator. In
 * demo mode each has the password "demo" (said on the login page and in the README); nowhere
 * else does an account have a known password.
 */
import { findUser, insertUser, setPasswordHash } from '../../db/repositories/users.ts';
import { recordAudit } from '../audit.ts';
import type { Actor, Tx } from '../context.ts';
import { hashPassword } from '../identity/secrets.ts';

export const DEMO_PASSWORD = 'demo';

export const DEMO_USERS = [
  {
    id: 'mais-nrw',
    name: 'Controlling MAIS NRW',
    role: 'ministerium',
    unitId: '05',
    microdataRights: false,
    importSources: ['ba_veroeffentlichung', 'mikrodaten', 'manuell'],
  },
  {
    id: 'controlling-borken',
    name: 'Controlling Jobcenter Kreis Borken',
    role: 'traeger',
    unitId: '05554',
    microdataRights: true,
    importSources: ['mikrodaten', 'manuell'],
  },
  {
    id: 'jobcenter-ahaus',
    name: 'Leitung Jobcenter Ahaus',
    role: 'jobcenter',
    unitId: '05554004',
    microdataRights: false,
    importSources: ['manuell'],
  },
  {
    id: 'admin',
    name: 'Administration (Demo)',
    role: 'administration',
    unitId: 'DE',
    microdataRights: false,
    importSources: [],
  },
] as const;

/**
 * The demo accounts, with the demo password where they have none yet; each account made and each
 * password set is recorded in the audit trail (by the operator, marked as demo).
 */
export async function saveDemoUsers(tx: Tx, operator: Actor): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const records: [action: string, id: string, detail: object][] = [];
  for (const u of DEMO_USERS) {
    const importSources = [...u.importSources];
    if ((await insertUser(tx, { ...u, importSources, passwordHash })) !== undefined) {
      const { role, unitId, microdataRights } = u;
      records.push([
        'user.create',
        u.id,
        { demo: true, role, unitId, microdataRights, importSources },
      ]);
      continue;
    }
    const row = await findUser(tx, u.id);
    if (row !== undefined && row.passwordHash === null) {
      await setPasswordHash(tx, u.id, passwordHash);
      records.push(['user.password_reset', u.id, { demo: true }]);
    }
  }
  // appended after the last write: the chain head stays locked until commit (docs/audit.md)
  for (const [action, id, detail] of records)
    await recordAudit(tx, operator, action, 'user', id, detail);
}
