/**
 * The command-line entry point: `npm run cli -- <command> …`. Output of a command goes to
 * stdout, progress and problems to stderr.
 */
import { EmbeddedStoreError } from '../db/embedded-cluster.ts';
import { AppError } from '../services/errors.ts';
import { UsageError } from './usage-error.ts';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { usage: string; load: () => Promise<Command> }> = {
  'kpi compute': {
    usage:
      'kpi compute --input DIR --from YYYY-MM --to YYYY-MM (--out DIR | --to-db [--stand YYYY-MM-DD] [--label TEXT]) [--skip-invalid]',
    load: async () => (await import('./commands/kpi-compute.ts')).runKpiCompute,
  },
  synth: {
    usage: 'synth --scale kreis|land|bund --seed N --out DIR [--format csv|parquet]',
    load: async () => (await import('./commands/synth.ts')).runSynth,
  },
  'agreements list': {
    usage: 'agreements list [--year YYYY]',
    load: async () => (await import('./commands/agreements-list.ts')).runAgreementsList,
  },
  'doc agreement': {
    usage: 'doc agreement --agreement ID --format pdf|docx --out FILE [--version N]',
    load: async () => (await import('./commands/doc-agreement.ts')).runDocAgreement,
  },
  'doc report': {
    usage: 'doc report --unit ID --month YYYY-MM --out FILE [--datenstand N]',
    load: async () => (await import('./commands/doc-report.ts')).runDocReport,
  },
  'audit verify': {
    usage: 'audit verify [--anchor ID:HASH] [--batch N]',
    load: async () => (await import('./commands/audit-verify.ts')).runAuditVerify,
  },
  'users create': {
    usage:
      'users create (--admin | --role ROLE --unit ID [--microdata]) --id NAME --name NAME [--password-stdin]',
    load: async () => (await import('./commands/users-create.ts')).runUsersCreate,
  },
  start: {
    usage: 'start',
    load: async () => (await import('./commands/start.ts')).runStart,
  },
};

function usage(): string {
  return `usage: npm run cli -- <command>\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const name = Object.keys(COMMANDS).find((key) =>
    key.split(' ').every((word, i) => argv[i] === word),
  );
  if (!name) {
    process.stderr.write(
      argv.length === 0 || argv[0] === '--help'
        ? usage()
        : `unknown command: ${argv.join(' ')}\n${usage()}`,
    );
    return argv.length === 0 || argv[0] === '--help' ? 0 : 2;
  }
  const command = await COMMANDS[name]!.load();
  try {
    return await command(argv.slice(name.split(' ').length));
  } catch (error) {
    // a wrong setting (config.ts ConfigError, by name: the entry point stays light): one German line, no stack trace
    if (error instanceof Error && error.name === 'ConfigError') {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (
      error instanceof UsageError ||
      (error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(
        `${name}: ${error.message}\nusage: npm run cli -- ${COMMANDS[name]!.usage}\n`,
      );
      return 2;
    }
    // a problem the user can act on: one sentence, no stack trace
    if (error instanceof EmbeddedStoreError || error instanceof AppError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
