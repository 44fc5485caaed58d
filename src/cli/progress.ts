/**
 * Progress of long work: a bar on a terminal, plain lines otherwise (both on stderr, so that
 * stdout carries only the command's result).
 */
import cliProgress from 'cli-progress';

export interface Progress {
  step(label: string, done: number, total: number): void;
  stop(): void;
}

export function createProgress(title: string): Progress {
  if (!process.stderr.isTTY) {
    return {
      step: (label, done, total) =>
        process.stderr.write(`${title}: ${done + 1}/${total} ${label}\n`),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${title} [{bar}] {value}/{total} {label}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    step(label, done, total) {
      if (!started) bar.start(total, done, { label });
      else bar.update(done, { label });
      started = true;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
