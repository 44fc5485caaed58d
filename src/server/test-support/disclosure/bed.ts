/**
 * A store with the demo content (services/demo/seed-demo.ts: Kreis Borken with its 17 örtliche
 * Jobcenter, synthetic microdata 2012–2015, the demo accounts) and the real app on it, called as
 * any demo user or as the operator. `sizeFactor` < 1 generates a smaller Kreis of the same
 * structure first (seed-demo uses microdata already in place), for speed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestDatabase, type TestDatabase } from '../../../db/test-database.ts';
import { loadActor } from '../../../services/actors.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { DEMO_SEED, seedDemo } from '../../../services/demo/seed-demo.ts';
import { systemActor } from '../../../services/system/system-actor.ts';
import { generateSynthetic } from '../../../synthetic/generate.ts';
import { createApp } from '../../app.ts';

/** the user a request acts for: a demo user's id, or OPERATOR */
export const ACTING_USER = 'x-test-actor';
/** the operator (systemActor): reads every figure unsuppressed, the truth of the attack */
export const OPERATOR = 'operator';

export interface DisclosureBed {
  database: TestDatabase;
  app: ReturnType<typeof createApp>;
  /** GET as a user, the JSON answer (throws on a status other than 200) */
  get(path: string, user: string): Promise<unknown>;
  destroy(): Promise<void>;
}

export interface BedOptions {
  /** size of the synthetic Kreis relative to the demo's (default 1: the demo itself) */
  sizeFactor?: number;
  /** progress lines */
  say?: (line: string) => void;
}

export async function startDisclosureBed(options: BedOptions = {}): Promise<DisclosureBed> {
  const say = options.say ?? (() => {});
  const database = await startTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'zs-disclosure-'));
  const destroy = async () => {
    await database.destroy();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const sizeFactor = options.sizeFactor ?? 1;
    if (sizeFactor !== 1)
      await generateSynthetic({
        scale: 'kreis',
        seed: DEMO_SEED,
        outDir: join(dataDir, 'demo', `kreis-seed${DEMO_SEED}`),
        format: 'csv',
        sizeFactor,
      });
    await seedDemo(database.db, dataDir, say);
  } catch (error) {
    await destroy();
    throw error;
  }
  const now = new Date('2016-05-02T10:00:00Z');
  const contextFor = async (request: Request): Promise<ServiceContext> => {
    const user = request.headers.get(ACTING_USER) ?? '';
    const actor = user === OPERATOR ? systemActor() : await loadActor(database.db, user);
    return { db: database.db, actor, now: () => now };
  };
  const app = createApp({ contextFor, checkStore: () => database.ping() });
  return {
    database,
    app,
    async get(path, user) {
      const response = await app.request(path, { headers: { [ACTING_USER]: user } });
      const text = await response.text();
      if (response.status !== 200)
        throw new Error(`GET ${path} as ${user}: ${response.status} ${text}`);
      return JSON.parse(text);
    },
    destroy,
  };
}
