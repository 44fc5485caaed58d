/**
 * The derivation attack (domain/disclosure/attack) against the real API as one viewer: fetch
 * everything it can (fetch-view.ts), the truth as the operator, attack and score. Withheld
 * figures are grouped by scope — `eigen`: the viewer's own area, `andere`: units it sees only in
 * the comparison (an örtliches Jobcenter's peers and their Träger) — and kind.
 */
import {
  evaluateAttack,
  Truth,
  type AttackInput,
  type AttackRun,
  type Target,
} from '../../../domain/disclosure/attack/index.ts';
import type { DisclosureBed } from './bed.ts';
import { fetchTruth, fetchView, type Period } from './fetch-view.ts';

export const DEMO_PERIOD: Period = { from: '2012-01', to: '2015-12' };

export interface ViewerAttack {
  user: string;
  /** what the viewer fetched, and the truth (for further attacks on altered figures) */
  input: AttackInput;
  truth: Truth;
  /** groups withheld figures as the runs do */
  group: (target: Target) => string;
  requests: number;
  figures: number;
  units: number;
  runs: AttackRun[];
  fetchMilliseconds: number;
  attackMilliseconds: number;
}

export async function attackViewer(
  bed: DisclosureBed,
  user: string,
  options: { period?: Period; combinedOnly?: boolean } = {},
): Promise<ViewerAttack> {
  const period = options.period ?? DEMO_PERIOD;
  const started = performance.now();
  const view = await fetchView(bed, user, period);
  const units = view.input.units.map((u) => u.id);
  const truth = new Truth(await fetchTruth(bed, units, period));
  const fetched = performance.now();
  const own = new Set(view.ownUnits);
  const group = (t: Target) => `${own.has(t.unitId) ? 'eigen' : 'andere'}|${t.kind}`;
  const runs = evaluateAttack(view.input, truth, {
    group,
    now: () => performance.now(),
    combinedOnly: options.combinedOnly,
  });
  return {
    user,
    input: view.input,
    truth,
    group,
    requests: view.requests,
    figures: view.input.figures.length,
    units: units.length,
    runs,
    fetchMilliseconds: fetched - started,
    attackMilliseconds: performance.now() - fetched,
  };
}
