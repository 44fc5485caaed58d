/** `doc report --unit ID --month YYYY-MM --out FILE [--datenstand N]`: the monthly monitoring report as PDF. */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderMonitoringReport } from '../../services/documents/monitoring-report.ts';
import { AppError } from '../../services/errors.ts';
import { UsageError } from '../usage-error.ts';
import { withDatabase } from './with-database.ts';

/** An unknown id or a unit out of sight is the user's mistake: one line, exit code 1. */
function reportAppError(error: unknown): null {
  if (!(error instanceof AppError)) throw error;
  process.stderr.write(`doc report: ${error.message}\n`);
  return null;
}

export const DOC_REPORT_USAGE = 'doc report --unit ID --month YYYY-MM --out FILE [--datenstand N]';

export async function runDocReport(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      unit: { type: 'string' },
      month: { type: 'string' },
      out: { type: 'string' },
      datenstand: { type: 'string' },
    },
    strict: true,
  });
  if (values.unit === undefined)
    throw new UsageError('--unit is required (e.g. 05554 for Kreis Borken)', DOC_REPORT_USAGE);
  if (values.month === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month))
    throw new UsageError(
      `--month must be a month YYYY-MM, got ${JSON.stringify(values.month)}`,
      DOC_REPORT_USAGE,
    );
  if (values.out === undefined) throw new UsageError('--out is required', DOC_REPORT_USAGE);
  if (values.datenstand !== undefined && !/^[1-9]\d*$/.test(values.datenstand))
    throw new UsageError(
      `--datenstand must be the number of a Datenstand, got ${JSON.stringify(values.datenstand)}`,
      DOC_REPORT_USAGE,
    );
  const datenstand = values.datenstand === undefined ? 'latest' : Number(values.datenstand);
  const file = await withDatabase((ctx) =>
    renderMonitoringReport(ctx, { unitId: values.unit!, month: values.month!, datenstand }),
  ).catch(reportAppError);
  if (file === null) return 1;
  await writeFile(values.out, file.bytes);
  process.stderr.write(
    `${values.out}: ${file.bytes.length.toLocaleString('de-DE')} Bytes (${file.fileName})\n`,
  );
  return 0;
}
