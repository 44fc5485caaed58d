/**
 * `npm start`: opens the store (the embedded PostgreSQL unless DATABASE_URL is set), migrates it,
 * loads the demo content into an empty store and serves the HTTP API on PORT.
 */
import { sql } from 'drizzle-orm';
import { readConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { createApp } from '../../server/app.ts';
import { closeServer, serveApp } from '../../server/serve.ts';
import { loadActor } from '../../services/actors.ts';
import { seedDemo } from '../../services/demo/seed-demo.ts';
import { ensureWebBuilt } from '../../server/static.ts';

export async function runStart(argv: string[]): Promise<number> {
  if (argv.length > 0) throw new TypeError(`start takes no arguments, got ${argv.join(' ')}`);
  const config = readConfig();
  const say = (line: string) => process.stderr.write(`${line}\n`);
  say(config.databaseUrl === null ? `Starte die eingebettete PostgreSQL-Datenbank in ${config.dataDir}/pg …` : 'Verbinde mit der Datenbank aus DATABASE_URL …');
  const database = await openDatabase(config);
  await seedDemo(database.db, config.dataDir, say);
  await ensureWebBuilt(say);
  const actor = await loadActor(database.db, config.demoUser);
  const app = createApp({
    contextFor: async () => ({ db: database.db, actor, now: () => new Date() }),
    checkStore: async () => (await database.db.execute(sql`select 1`)).rows.length === 1,
    hosts: { allowedHosts: config.allowedHosts, port: config.port },
  });
  const server = await serveApp(app, config.port, config.host).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  const base = `http://localhost:${config.port}`;
  process.stdout.write(`Zielsteuerung SGB II läuft auf ${base} (angemeldet als ${actor.name}).\n` +
    `  API-Beschreibung: ${base}/api/openapi.json\n  Zielvereinbarungen 2014: curl ${base}/api/agreements?year=2014\n` +
    `Beenden mit Strg+C.\n`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  say('Beende …');
  await closeServer(server);
  await database.close();
  return 0;
}
