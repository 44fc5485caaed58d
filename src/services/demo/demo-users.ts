/** The demo's users: one per kind of controller the system serves. */
import { insertMissingUsers } from '../../db/repositories/users.ts';
import type { Tx } from '../context.ts';

export const DEMO_USERS = [
  {
    id: 'mais-nrw',
    name: 'Controlling MAIS NRW',
    role: 'ministerium',
    unitId: '05',
    microdataRights: false,
  },
  {
    id: 'controlling-borken',
    name: 'Controlling Jobcenter Kreis Borken',
    role: 'traeger',
    unitId: '05554',
    microdataRights: true,
  },
  {
    id: 'jobcenter-ahaus',
    name: 'Leitung Jobcenter Ahaus',
    role: 'jobcenter',
    unitId: '05554004',
    microdataRights: false,
  },
  {
    // reads the whole audit trail (Protokoll); sees every unit
    id: 'admin',
    name: 'Administration',
    role: 'administration',
    unitId: 'DE',
    microdataRights: false,
  },
] as const;

export async function saveDemoUsers(tx: Tx): Promise<void> {
  await insertMissingUsers(
    tx,
    DEMO_USERS.map((u) => ({ ...u })),
  );
}
