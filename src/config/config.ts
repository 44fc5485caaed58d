/** The only reader of process.env: configuration, validated once (fail fast). */
import { z } from 'zod';
import { resolve } from 'node:path';
import { readOidcConfig, type OidcConfig } from './oidc-config.ts';

export type { OidcConfig };

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name}: ganze Zahl von 1 bis 65535 erwartet` })
    .int({ error: `${name}: ganze Zahl von 1 bis 65535 erwartet` })
    .min(1, { error: `${name}: ganze Zahl von 1 bis 65535 erwartet` })
    .max(65535, { error: `${name}: ganze Zahl von 1 bis 65535 erwartet` })
    .default(fallback);

/** A host name or IP address, IPv6 in brackets, optionally with a port: "zs.example.de", "10.0.0.5:8443", "[::1]". */
const AUTHORITY = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

const schema = z.object({
  DATA_DIR: z.string().min(1, { error: 'DATA_DIR darf nicht leer sein' }).default('data'),
  /** An external PostgreSQL; unset = the embedded one in DATA_DIR/pg. (Its value is never echoed: it may hold a password.) */
  DATABASE_URL: z
    .url({
      error:
        'DATABASE_URL: keine gültige URL (erwartet postgres://benutzer:kennwort@host:5432/datenbank)',
    })
    .optional(),
  PORT: port('PORT', 3000),
  /** The address the HTTP server listens on: loopback unless the server is meant to be reached from elsewhere. */
  HOST: z
    .string()
    .regex(/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+|[a-z0-9.-]+)$/i, {
      error: 'HOST: IP-Adresse oder Rechnername erwartet (z. B. 127.0.0.1 oder 0.0.0.0)',
    })
    .default('127.0.0.1'),
  /** Further names the server answers to (Host header, Origin of writes), comma-separated; localhost, 127.0.0.1 and [::1] always. */
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((text, ctx) => {
      const names = text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      for (const name of names) {
        if (!AUTHORITY.test(name))
          ctx.addIssue({
            code: 'custom',
            message: `ALLOWED_HOSTS: „${name}“ ist kein Rechnername (erwartet z. B. zs.example.de oder zs.example.de:8443)`,
          });
      }
      return names;
    }),
  /** Port of the embedded PostgreSQL. */
  PG_PORT: port('PG_PORT', 5488),
  /**
   * Demo mode: demo content in an empty store and the demo accounts with the password "demo".
   * Default: on with the embedded store, off with DATABASE_URL (a real store has no known passwords).
   */
  DEMO: z.enum(['0', '1', 'true', 'false'], { error: 'DEMO: 1 oder 0 erwartet' }).optional(),
});

export interface Config {
  /** single sign-on by OpenID Connect; null: not configured (local login only) */
  oidc: OidcConfig | null;
  /** Where demo data, the embedded database and caches live. */
  dataDir: string;
  databaseUrl: string | null;
  port: number;
  /** listening address of the HTTP server */
  host: string;
  /** names besides localhost, 127.0.0.1 and [::1] that the server answers to (HOST itself, when it is one address) */
  allowedHosts: string[];
  embeddedPgPort: number;
  /** demo content and demo accounts (password "demo") */
  demo: boolean;
}

/** A setting that cannot be used; its message is one German line for the operator. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const WILDCARDS = new Set(['0.0.0.0', '::', '::0']);

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const oidc = readOidcConfig(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => i.message)),
    ...oidc.problems,
  ];
  if (!parsed.success || problems.length > 0)
    throw new ConfigError(`Ungültige Einstellung: ${problems.join('; ')}`);
  const c = parsed.data;
  // a server bound to one address answers to that address as a name
  const ownName = WILDCARDS.has(c.HOST) ? [] : [c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST];
  return {
    dataDir: resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL ?? null,
    port: c.PORT,
    host: c.HOST,
    allowedHosts: [...new Set([...c.ALLOWED_HOSTS, ...ownName])],
    embeddedPgPort: c.PG_PORT,
    demo: c.DEMO === undefined ? c.DATABASE_URL === undefined : c.DEMO === '1' || c.DEMO === 'true',
    oidc: oidc.config,
  };
}
