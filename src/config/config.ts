/** The only reader of process.env: configuration, validated once (fail fast). */
import { z } from 'zod';
import { resolve } from 'node:path';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const schema = z.object({
  DATA_DIR: z.string().min(1).default('data'),
  /** An external PostgreSQL; unset = the embedded one in DATA_DIR/pg. */
  DATABASE_URL: z.string().url().optional(),
  PORT: port(3000),
  /** Port of the embedded PostgreSQL. */
  PG_PORT: port(5488),
  /** The acting user until login exists (id of a user of the demo content). */
  DEMO_USER: z.string().min(1).default('mais-nrw'),
});

export interface Config {
  /** Where demo data, the embedded database and caches live. */
  dataDir: string;
  databaseUrl: string | null;
  port: number;
  embeddedPgPort: number;
  demoUser: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const c = parsed.data;
  return { dataDir: resolve(c.DATA_DIR), databaseUrl: c.DATABASE_URL ?? null, port: c.PORT, embeddedPgPort: c.PG_PORT, demoUser: c.DEMO_USER };
}
