/**
 * The demo's accounts: one per kind of controller the system serves, and an administrator. In
 * demo mode each has the password "demo" (said on the login page and in the README); nowhere
 * else does an account have a known password.
 */
import { findUser, insertMissingUsers, setPasswordHash } from '../../db/repositories/users.ts';
import type { Tx } from '../context.ts';
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

/** The demo accounts, with the demo password where they have none yet. */
export async function saveDemoUsers(tx: Tx): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await insertMissingUsers(
    tx,
    DEMO_USERS.map((u) => ({ ...u, importSources: [...u.importSources], passwordHash })),
  );
  for (const u of DEMO_USERS) {
    const row = await findUser(tx, u.id);
    if (row !== undefined && row.passwordHash === null)
      await setPasswordHash(tx, u.id, passwordHash);
  }
}
