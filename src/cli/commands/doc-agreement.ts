/** `doc agreement --agreement ID --format pdf|docx --out FILE [--version N]`: the agreement as a file. */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderAgreementFile } from '../../services/documents/agreement-file.ts';
import { AppError } from '../../services/errors.ts';
import { UsageError } from '../usage-error.ts';
import { withDatabase } from './with-database.ts';

/** An unknown id or a unit out of sight is the user's mistake: one line, exit code 1. */
function reportAppError(error: unknown): null {
  if (!(error instanceof AppError)) throw error;
  process.stderr.write(`doc agreement: ${error.message}\n`);
  return null;
}

export const DOC_AGREEMENT_USAGE =
  'doc agreement --agreement ID --format pdf|docx --out FILE [--version N]';

export async function runDocAgreement(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      agreement: { type: 'string' },
      format: { type: 'string', default: 'pdf' },
      out: { type: 'string' },
      version: { type: 'string' },
    },
    strict: true,
  });
  if (values.agreement === undefined)
    throw new UsageError(
      '--agreement is required (the id from `agreements list`)',
      DOC_AGREEMENT_USAGE,
    );
  if (values.out === undefined) throw new UsageError('--out is required', DOC_AGREEMENT_USAGE);
  if (values.format !== 'pdf' && values.format !== 'docx')
    throw new UsageError(
      `--format must be pdf or docx, got ${JSON.stringify(values.format)}`,
      DOC_AGREEMENT_USAGE,
    );
  if (values.version !== undefined && !/^[1-9]\d*$/.test(values.version))
    throw new UsageError(
      `--version must be a positive number, got ${JSON.stringify(values.version)}`,
      DOC_AGREEMENT_USAGE,
    );
  const format = values.format;
  const file = await withDatabase((ctx) =>
    renderAgreementFile(
      ctx,
      values.agreement!,
      format,
      values.version === undefined ? undefined : Number(values.version),
    ),
  ).catch(reportAppError);
  if (file === null) return 1;
  await writeFile(values.out, file.bytes);
  process.stderr.write(
    `${values.out}: ${file.bytes.length.toLocaleString('de-DE')} Bytes (${file.fileName})\n`,
  );
  return 0;
}
