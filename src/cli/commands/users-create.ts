/**
 * `users create`: a user with a password, e.g. the first administrator of a store without demo
 * content. The password comes from standard input (--password-stdin) or is generated and
 * printed once.
 */
import { parseArgs } from 'node:util';
import { createUser } from '../../services/identity/account.ts';
import { newSecret } from '../../services/identity/secrets.ts';
import type { Role } from '../../services/context.ts';
import { ensureBundUnit } from '../../services/units/ensure-bund.ts';
import { UsageError } from '../usage-error.ts';
import { withDatabase } from './with-database.ts';

export const USERS_CREATE_USAGE =
  'users create (--admin | --role ministerium|traeger|jobcenter|leser --unit ID [--microdata]) --id NAME --name "Vor Nachname" [--password-stdin]';

const ROLES: readonly Role[] = ['ministerium', 'traeger', 'jobcenter', 'leser', 'administration'];

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function runUsersCreate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      admin: { type: 'boolean' },
      role: { type: 'string' },
      unit: { type: 'string' },
      microdata: { type: 'boolean' },
      id: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  if (values.id === undefined || values.name === undefined)
    throw new UsageError('--id and --name are required', USERS_CREATE_USAGE);
  const role = values.admin === true ? 'administration' : (values.role as Role | undefined);
  if (role === undefined || !ROLES.includes(role))
    throw new UsageError(
      '--admin or --role ministerium|traeger|jobcenter|leser is required',
      USERS_CREATE_USAGE,
    );
  const unitId = role === 'administration' ? (values.unit ?? 'DE') : values.unit;
  if (unitId === undefined)
    throw new UsageError('--unit is required for this role', USERS_CREATE_USAGE);
  const generated = values['password-stdin'] !== true;
  const password = generated ? newSecret('').slice(0, 20) : await readStdin();
  await withDatabase(async (ctx) => {
    if (role === 'administration') await ensureBundUnit(ctx);
    await createUser(ctx.db, {
      id: values.id!,
      name: values.name!,
      role,
      unitId,
      microdataRights: values.microdata === true,
      password,
    });
  });
  process.stdout.write(`Benutzer ${values.id} (${role}, Einheit ${unitId}) angelegt.\n`);
  if (generated)
    process.stdout.write(
      `Kennwort (nur jetzt sichtbar, bitte nach der ersten Anmeldung ändern): ${password}\n`,
    );
  return 0;
}
