/**
 * A derivation attack on withheld small counts (issue 11): everything one viewer fetched, and
 * linear identities between the figures, recover withheld counts. Pure: figures in, knowledge
 * out. docs/disclosure-attack.md describes the channels.
 */
export { CHANNEL_IDS, CHANNEL_LABELS, type ChannelId } from './channel-ids.ts';
export type { AttackInput, AttackUnit, SeenFigure, WithholdReason } from './figures.ts';
export {
  buildModel,
  solve,
  type AttackChannel,
  type SolveOptions,
  type SolveResult,
} from './solve.ts';
export { withheldTargets, type Target } from './targets.ts';
export { Truth } from './truth.ts';
export { addScores, scoreTargets, wrongPins, type Score } from './score.ts';
export { evaluateAttack, type AttackRun, type EvaluateOptions, type RunName } from './evaluate.ts';
