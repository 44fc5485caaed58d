/** Service tests: a real PostgreSQL (db/test-database.ts) with a small unit tree and actors. */
import { PARTY_ROLE } from '../domain/access/rights-model.ts';
import { users } from '../db/schema/index.ts';
import { startTestDatabase, type TestDatabase } from '../db/test-database.ts';
import type { Actor, ServiceContext } from './context.ts';
import { saveUnits, type UnitRecord } from '../db/repositories/units.ts';
import { hashPassword } from './identity/secrets.ts';

const unit = (
  id: string,
  name: string,
  kind: UnitRecord['kind'],
  parentId: string | null,
  traegerForm: UnitRecord['traegerForm'] = null,
): UnitRecord => ({ id, name, kind, parentId, traegerForm, validFrom: '2005-01-01' });

export const TEST_UNITS: UnitRecord[] = [
  unit('DE', 'Deutschland', 'bund', null),
  unit('05', 'Nordrhein-Westfalen', 'land', 'DE'),
  unit('09', 'Bayern', 'land', 'DE'),
  unit('05554', 'Kreis Borken', 'traeger', '05', 'zkT'),
  unit('05554004', 'Ahaus', 'jobcenter', '05554'),
  unit('05554008', 'Bocholt', 'jobcenter', '05554'),
  unit('05111', 'Düsseldorf', 'traeger', '05', 'gE'),
  unit('09162', 'München', 'traeger', '09', 'gE'),
];

export const ACTORS = {
  ministerium: {
    id: 'mais',
    name: 'MAIS NRW',
    role: 'ministerium',
    unitId: '05',
    microdataRights: false,
    importSources: ['ba_veroeffentlichung', 'mikrodaten', 'manuell'],
  },
  traeger: {
    id: 'borken',
    name: 'Controlling Kreis Borken',
    role: 'traeger',
    unitId: '05554',
    microdataRights: true,
    importSources: ['mikrodaten', 'manuell'],
  },
  jobcenter: {
    id: 'ahaus',
    name: 'Jobcenter Ahaus',
    role: 'jobcenter',
    unitId: '05554004',
    microdataRights: false,
    importSources: ['manuell'],
  },
  bayern: {
    id: 'stmas',
    name: 'StMAS Bayern',
    role: 'ministerium',
    unitId: '09',
    microdataRights: false,
    importSources: ['ba_veroeffentlichung', 'mikrodaten', 'manuell'],
  },
  /** the administration: reads the whole audit trail */
  administration: {
    id: 'admin',
    name: 'Administration',
    role: 'administration',
    unitId: 'DE',
    microdataRights: false,
    importSources: [],
  },
} satisfies Record<string, Actor>;

/** A user acting for a unit of the test tree in its party role (the other side of an agreement). */
export function partyActor(unitId: string): Actor {
  const unit = TEST_UNITS.find((u) => u.id === unitId);
  const role = unit === undefined ? undefined : PARTY_ROLE[unit.kind];
  if (unit === undefined || role === undefined) throw new Error(`no party unit ${unitId}`);
  return {
    id: `partei-${unitId}`,
    name: `Partei ${unit.name}`,
    role,
    unitId,
    microdataRights: false,
    importSources: [],
  };
}

export interface ServiceTestBed {
  database: TestDatabase;
  as(actor: Actor, now?: Date): ServiceContext;
}

/** the password of every test user */
export const TEST_PASSWORD = 'Test-Kennwort-2014!';

export async function startServiceTestBed(): Promise<ServiceTestBed> {
  const database = await startTestDatabase();
  await saveUnits(database.db, TEST_UNITS);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await database.db.insert(users).values(
    Object.values(ACTORS).map((a) => ({
      id: a.id,
      name: a.name,
      role: a.role,
      unitId: a.unitId,
      microdataRights: a.microdataRights,
      importSources: [...a.importSources],
      passwordHash,
    })),
  );
  return {
    database,
    as: (actor, now = new Date('2014-06-15T10:00:00Z')) => ({
      db: database.db,
      actor,
      now: () => now,
    }),
  };
}
