/** `agreements list [--year YYYY]`: one line per agreement: id, year, parties, status (tab-separated). */
import { parseArgs } from 'node:util';
import { STATUS_LABELS } from '../../domain/agreements/lifecycle.ts';
import { listAgreements } from '../../services/agreements/get-agreement.ts';
import { UsageError } from '../usage-error.ts';
import { withDatabase } from './with-database.ts';

export const AGREEMENTS_LIST_USAGE = 'agreements list [--year YYYY]';

export async function runAgreementsList(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { year: { type: 'string' } }, strict: true });
  if (values.year !== undefined && !/^\d{4}$/.test(values.year))
    throw new UsageError(
      `--year must be a year YYYY, got ${JSON.stringify(values.year)}`,
      AGREEMENTS_LIST_USAGE,
    );
  const rows = await withDatabase((ctx) =>
    listAgreements(ctx, { year: values.year === undefined ? undefined : Number(values.year) }),
  );
  for (const a of rows)
    process.stdout.write(
      `${a.id}\t${a.year}\t${a.steeringUnit.name} – ${a.unit.name}\t${STATUS_LABELS[a.status]}\n`,
    );
  return 0;
}
