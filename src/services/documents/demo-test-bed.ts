/**
 * Test support: a real PostgreSQL (db/test-database.ts) filled with the full demo content
 * (seed-demo.ts: the signed 2014 agreement Kreis Borken, 17 local agreements, Kennzahlen
 * 2012–2015) and a service context for any demo user. Takes about 20–30 s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestDatabase, type TestDatabase } from '../../db/test-database.ts';
import { loadActor } from '../actors.ts';
import type { ServiceContext } from '../context.ts';
import { seedDemo } from '../demo/seed-demo.ts';

export interface DemoTestBed {
  /** the store itself (its url for a CLI run, its pool for SQL of a test) */
  database: TestDatabase;
  /** the context of a demo user ('mais-nrw', 'controlling-borken', 'jobcenter-ahaus') */
  as(userId: string, now?: Date): Promise<ServiceContext>;
  checkStore(): Promise<boolean>;
  destroy(): Promise<void>;
}

export async function startDemoTestBed(): Promise<DemoTestBed> {
  const database = await startTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'zs-docs-'));
  try {
    await seedDemo(database.db, dataDir, () => {});
  } catch (error) {
    await database.destroy();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    database,
    as: async (userId, now = new Date('2015-05-01T00:00:00Z')) => ({
      db: database.db,
      actor: await loadActor(database.db, userId),
      now: () => now,
    }),
    checkStore: () => database.ping(),
    destroy: async () => {
      await database.destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
