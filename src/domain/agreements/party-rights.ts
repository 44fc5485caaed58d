/**
 * Which side of an agreement may take which step (§ 48b SGB II: the steering party — the Land
 * towards a Träger, the Träger towards its örtliche Jobcenter — judges attainment; both sides
 * offer, negotiate and sign). Recording a step is open to both sides: signatures are given on
 * paper and entered by either; closing the assessment and deciding on a target's attainment
 * belong to the steering side.
 */
import type { AgreementAction } from './lifecycle.ts';

/** 'steuernd': the actor stands for the steering party (or above it); 'ziel': for the party whose targets these are. */
export type AgreementSide = 'steuernd' | 'ziel';

const STEERING_ONLY: ReadonlySet<AgreementAction> = new Set(['bewerten']);

export function mayTakeAction(side: AgreementSide, action: AgreementAction): boolean {
  return side === 'steuernd' || !STEERING_ONLY.has(action);
}

/** The year-end decision on a target is the steering party's. */
export function mayDecideAttainment(side: AgreementSide): boolean {
  return side === 'steuernd';
}
