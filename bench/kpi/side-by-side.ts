/**
 * `--against DIR`: this checkout's engine and another's (e.g. the revision before a change) on
 * the same data, alternating A B A B …, so that both see the same load of a shared machine; the
 * medians and their ratio are printed. Each run is a fresh process (engine-child.ts).
 */
import type { Month } from '../../src/domain/shared/month.ts';
import { runEngineInChild } from './engine-run.ts';
import { seconds } from './report.ts';

export async function sideBySide(
  inputDir: string,
  from: Month,
  to: Month,
  against: string,
  rounds: number,
  progress: (line: string) => void,
): Promise<string[]> {
  const here: number[] = [];
  const there: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    progress(`side by side, round ${round} of ${rounds}: this checkout`);
    here.push((await runEngineInChild(inputDir, from, to)).ms);
    progress(`side by side, round ${round} of ${rounds}: ${against}`);
    there.push((await runEngineInChild(inputDir, from, to, undefined, against)).ms);
  }
  const list = (ms: number[]) => ms.map(seconds).join(', ');
  const ratio = median(here) / median(there);
  return [
    `side by side (${rounds} rounds, alternating), wall time of computeKpis:`,
    `  this checkout: ${list(here)}; median ${seconds(median(here))}`,
    `  ${against}: ${list(there)}; median ${seconds(median(there))}`,
    `  ratio this / other (medians): ${ratio.toFixed(3)} (${ratio >= 1 ? '+' : '−'}${(Math.abs(ratio - 1) * 100).toFixed(1)} %)`,
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
