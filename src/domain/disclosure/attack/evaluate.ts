/**
 * The whole attack on one viewer's figures, scored against the truth: the marks alone, each
 * channel alone (with the marks and the definitions of the sums), all channels together, and all
 * together without the marks. Scores per group of withheld figures (e.g. the viewer's own unit
 * and its peers).
 */
import { CHANNEL_IDS } from './channel-ids.ts';
import type { AttackInput } from './figures.ts';
import { scoreTargets, wrongPins, type Score } from './score.ts';
import { buildModel, solve, type AttackChannel, type SolveOptions } from './solve.ts';
import { withheldTargets, type Target } from './targets.ts';
import type { Truth } from './truth.ts';

export type RunName =
  'marks' | AttackChannel | 'combined' | 'combinedWithCases' | 'combinedWithoutMarks';

export interface AttackRun {
  name: RunName;
  /** score per group */
  scores: Record<string, Score>;
  /** cells pinned by the run whose true value is known, and those pinned wrongly (must be none) */
  checkedPins: number;
  wrongPins: string[];
  constraints: number;
  milliseconds: number | null;
}

export interface EvaluateOptions {
  /** the group of a withheld figure; default: one group 'alle' */
  group?: (target: Target) => string;
  /** a clock in milliseconds, to time each run */
  now?: () => number;
  /** only the combined runs (default: also the marks and every channel alone) */
  combinedOnly?: boolean;
}

export function evaluateAttack(
  input: AttackInput,
  truth: Truth,
  options: EvaluateOptions = {},
): AttackRun[] {
  const model = buildModel(input);
  const targets = withheldTargets(model);
  const groupOf = options.group ?? (() => 'alle');
  const groups = new Map<string, Target[]>();
  for (const t of targets) groups.set(groupOf(t), [...(groups.get(groupOf(t)) ?? []), t]);
  const runs: [RunName, SolveOptions][] = [
    ...(options.combinedOnly
      ? []
      : [
          ['marks', { channels: [] }] as [RunName, SolveOptions],
          ...CHANNEL_IDS.map((c): [RunName, SolveOptions] => [c, { channels: [c] }]),
        ]),
    ['combined', {}],
    ['combinedWithCases', { cases: true }],
    ['combinedWithoutMarks', { useReasons: false }],
  ];
  return runs.map(([name, solveOptions]) => {
    const started = options.now?.();
    const result = solve(model, solveOptions);
    const scores: Record<string, Score> = {};
    for (const [group, members] of groups) scores[group] = scoreTargets(members, result, truth);
    const pins = wrongPins(result, truth);
    return {
      name,
      scores,
      checkedPins: pins.checked,
      wrongPins: pins.wrong,
      constraints: result.constraints,
      milliseconds: started === undefined ? null : options.now!() - started,
    };
  });
}
