/** The only reader of process.env: configuration, validated once (fail fast). */
import { z } from 'zod';
import { resolve } from 'node:path';

const schema = z.object({
  DATA_DIR: z.string().min(1).default('data'),
});

export interface Config {
  /** Where demo data, the embedded database and caches live. */
  dataDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { dataDir: resolve(parsed.data.DATA_DIR) };
}
