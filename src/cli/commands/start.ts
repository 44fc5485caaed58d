/**
 * `npm start`: opens the store (the embedded PostgreSQL unless DATABASE_URL is set), migrates it,
 * loads the demo content into an empty store and serves the HTTP API on PORT. SIGINT or SIGTERM
 * ends it in order within a deadline; a second signal ends it at once.
 */
import { ConfigError, readConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/database.ts';
import { createApp } from '../../server/app.ts';
import { closeGracefully } from '../../server/graceful-close.ts';
import { serveApp } from '../../server/serve.ts';
import { hasAdministrator } from '../../services/identity/account.ts';
import { identityFor, prepareSingleSignOn } from '../../services/identity/app-identity.ts';
import { ClaimMappingError } from '../../services/identity/claim-mapping-file.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../../services/demo/demo-users.ts';
import { seedDemo } from '../../services/demo/seed-demo.ts';
import { ensureWebBuilt } from '../../server/static.ts';

/** requests under way get this long after a stop signal */
const SHUTDOWN_DEADLINE_MS = 10_000;

export async function runStart(argv: string[]): Promise<number> {
  if (argv.length > 0) throw new TypeError(`start takes no arguments, got ${argv.join(' ')}`);
  const config = readConfig();
  // the claim mapping is read before anything starts: a wrong file is a wrong setting
  const sso =
    config.oidc === null
      ? undefined
      : await prepareSingleSignOn(config.oidc).catch((error: unknown) => {
          if (error instanceof ClaimMappingError)
            throw new ConfigError(`Ungültige Einstellung: OIDC_CLAIM_MAPPING: ${error.message}`);
          throw error;
        });
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const stop = new Promise<NodeJS.Signals>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => resolve(signal));
  });
  say(
    config.databaseUrl === null
      ? `Starte die eingebettete PostgreSQL-Datenbank in ${config.dataDir}/pg …`
      : 'Verbinde mit der Datenbank aus DATABASE_URL …',
  );
  const database = await openDatabase(config, say);
  if (database.relocatedTo !== null)
    say(
      `Der Benutzer postgres kann ${config.dataDir} nicht erreichen; die Datenbank liegt daher in ${database.relocatedTo}.`,
    );
  try {
    if (config.demo) await seedDemo(database.db, config.dataDir, say);
    else if (!(await hasAdministrator(database.db)))
      say(
        'Noch kein Administrator: npm run cli -- users create --admin --id NAME --name "Vorname Nachname"',
      );
    await ensureWebBuilt(say);
    const app = createApp({
      ...identityFor(database.db, { demo: config.demo, sso }),
      checkStore: () => database.ping(),
      hosts: { allowedHosts: config.allowedHosts, port: config.port },
    });
    const server = await serveApp(app, config.port, config.host);
    const base = `http://localhost:${config.port}`;
    process.stdout.write(
      `Zielsteuerung SGB II läuft auf ${base}.\n` +
        (config.demo
          ? `  Demo-Konten: ${DEMO_USERS.map((u) => u.id).join(', ')}, Kennwort jeweils „${DEMO_PASSWORD}“.\n`
          : '') +
        (config.oidc === null ? '' : `  Single Sign-on über ${config.oidc.issuer}.\n`) +
        `  API-Beschreibung: ${base}/api/openapi.json\n` +
        `Beenden mit Strg+C.\n`,
    );
    await stop;
    say('Beende …');
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => process.exit(130));
    if ((await closeGracefully(server, SHUTDOWN_DEADLINE_MS)) === 'forced')
      say(`Anfragen nach ${SHUTDOWN_DEADLINE_MS / 1000} s abgebrochen.`);
  } finally {
    await database.close();
  }
  return 0;
}
