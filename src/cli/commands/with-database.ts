/** Runs a CLI command against the store (embedded or DATABASE_URL), closing it afterwards. */
import { readConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import type { ServiceContext } from '../../services/context.ts';
import { systemActor } from '../../services/system/system-actor.ts';

export async function withDatabase<T>(work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await openDatabase(config, (line) => process.stderr.write(`${line}\n`));
  try {
    return await work({ db: database.db, actor: systemActor('cli'), now: () => new Date() });
  } finally {
    await database.close();
  }
}
