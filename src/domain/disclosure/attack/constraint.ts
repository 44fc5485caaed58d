/**
 * A linear identity between cells, as the channels find them: lo ≤ Σ coef·cell ≤ hi. An equation
 * has lo = hi, up to the float error of the figure it comes from; an inequality an open side.
 */
import type { ChannelId } from './channel-ids.ts';

export interface Constraint {
  channel: ChannelId;
  cells: number[];
  coefs: number[];
  lo: number;
  hi: number;
}

/** Half-width of the interval around a figure that was computed in doubles (relative error). */
export const FLOAT_SLACK = 1e-9;

export function slackOf(value: number): number {
  return FLOAT_SLACK * Math.max(1, Math.abs(value));
}

/** Σ coef·cell = value (exact: integer data). */
export function equation(
  channel: ChannelId,
  terms: readonly (readonly [cell: number, coef: number])[],
  value: number,
  slack = 0,
): Constraint {
  return {
    channel,
    cells: terms.map(([c]) => c),
    coefs: terms.map(([, k]) => k),
    lo: value - slack,
    hi: value + slack,
  };
}

/** lo ≤ Σ coef·cell ≤ hi. */
export function between(
  channel: ChannelId,
  terms: readonly (readonly [cell: number, coef: number])[],
  lo: number,
  hi: number,
): Constraint {
  return { channel, cells: terms.map(([c]) => c), coefs: terms.map(([, k]) => k), lo, hi };
}
