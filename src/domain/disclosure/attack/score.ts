/**
 * How well the attack did, against the true values: withheld figures, recovered exactly (all
 * counts pinned to the true value), of which resting on a true count of 1 or 2; figures whose
 * count of 1 or 2 was worked out (a quota's numerator, even if its denominator was not); and the
 * over-protected ones (withheld though none of their true counts is 1 or 2). `wrong` counts
 * figures with a count pinned to a value that is not the true one: it must be 0, else an
 * assumption of the attacker (facts.ts, stock-flow.ts) does not hold for the data.
 */
import type { ChannelId } from './channel-ids.ts';
import { countRange, type CountExpression } from './count-basis.ts';
import type { Pin, SolveResult } from './solve.ts';
import { targetCells, type Target } from './targets.ts';
import type { Truth } from './truth.ts';
import { isSmallCount } from '../control/small-count.ts';

export interface Score {
  withheld: number;
  /** withheld figures resting on a true count of 1 or 2 */
  trueSmall: number;
  /** withheld though none of the true counts is 1 or 2 */
  overProtected: number;
  /** withheld figures whose true counts are unknown (their months are not in the store) */
  truthUnknown: number;
  /** every count of the figure worked out exactly */
  recovered: number;
  /** of those, figures resting on a true count of 1 or 2 */
  recoveredTrueSmall: number;
  /** figures with a count of 1 or 2 worked out exactly (for a Kennzahl: even if not all its counts) */
  smallDisclosed: number;
  /** recovered figures by the channel that pinned their last count ('shown': all counts shown elsewhere) */
  byChannel: Partial<Record<ChannelId | 'shown', number>>;
  /** figures with a count worked out to a wrong value (must be 0) */
  wrong: number;
  /** recovered, but the true value is unknown (cannot be checked) */
  unchecked: number;
}

export function emptyScore(): Score {
  return {
    withheld: 0,
    trueSmall: 0,
    overProtected: 0,
    truthUnknown: 0,
    recovered: 0,
    recoveredTrueSmall: 0,
    smallDisclosed: 0,
    byChannel: {},
    wrong: 0,
    unchecked: 0,
  };
}

function trueValueOf(truth: Truth, result: SolveResult, e: CountExpression): number | null {
  let sum = 0;
  for (const [cell, coef] of e.terms) {
    const v = truth.of(result.model.space.key(cell));
    if (v === null) return null;
    sum += coef * v;
  }
  return sum;
}

export function scoreTargets(targets: readonly Target[], result: SolveResult, truth: Truth): Score {
  const score = emptyScore();
  score.withheld = targets.length;
  for (const t of targets) {
    const counts = t.counts.map((e) => {
      const [lo, hi] = countRange(result.knowledge, e);
      return { known: lo === hi ? lo : null, truth: trueValueOf(truth, result, e), scale: e.scale };
    });
    const small = counts.some((c) => c.truth !== null && isSmallCount(c.truth, c.scale));
    if (counts.some((c) => c.truth === null)) score.truthUnknown++;
    else if (small) score.trueSmall++;
    else score.overProtected++;
    if (counts.some((c) => c.known !== null && c.truth !== null && c.known !== c.truth)) {
      score.wrong++;
      continue;
    }
    if (counts.some((c) => c.known !== null && c.truth !== null && isSmallCount(c.truth, c.scale)))
      score.smallDisclosed++;
    if (counts.some((c) => c.known === null)) continue;
    score.recovered++;
    if (small) score.recoveredTrueSmall++;
    if (counts.some((c) => c.truth === null)) score.unchecked++;
    const channel = lastPin(targetCells(t), result.pins)?.channel ?? 'shown';
    score.byChannel[channel] = (score.byChannel[channel] ?? 0) + 1;
  }
  return score;
}

function lastPin(cells: readonly number[], pins: SolveResult['pins']) {
  let last: Pin | undefined;
  for (const cell of cells) {
    const pin = pins.get(cell);
    if (pin !== undefined && (last === undefined || pin.order > last.order)) last = pin;
  }
  return last;
}

/** Cells the attack pinned (any, not only withheld ones) to a value other than the true one. */
export function wrongPins(result: SolveResult, truth: Truth): { checked: number; wrong: string[] } {
  const wrong: string[] = [];
  let checked = 0;
  for (const cell of result.pins.keys()) {
    const key = result.model.space.key(cell);
    const v = truth.of(key);
    if (v === null) continue;
    checked++;
    if (v !== result.knowledge.value(cell))
      wrong.push(`${key}: ${result.knowledge.value(cell)} ≠ ${v}`);
  }
  return { checked, wrong };
}

/** the scores of several groups added up */
export function addScores(scores: readonly Score[]): Score {
  const total = emptyScore();
  for (const s of scores) {
    for (const key of Object.keys(total) as (keyof Score)[])
      if (key !== 'byChannel') total[key] += s[key];
    for (const [channel, n] of Object.entries(s.byChannel) as [keyof Score['byChannel'], number][])
      total.byChannel[channel] = (total.byChannel[channel] ?? 0) + n;
  }
  return total;
}
