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
  /**
   * Figures of units above the örtliche Jobcenter (the Träger's published Kennzahlen, the Land)
   * the viewer fetched, and how many of them differ from the truth or are withheld (must be 0).
   */
  traeger: { figures: number; changed: number };
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
  const trueFigures = await fetchTruth(bed, units, period);
  const truth = new Truth(trueFigures);
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
    traeger: compareAboveJobcenters(view.input, trueFigures),
    fetchMilliseconds: fetched - started,
    attackMilliseconds: performance.now() - fetched,
  };
}

const figureKey = (f: {
  unitId: string;
  month: string;
  sex: string;
  kind: string;
  metric: string;
}) => `${f.unitId}|${f.month}|${f.sex}|${f.kind}|${f.metric}`;

function compareAboveJobcenters(
  input: AttackInput,
  truth: readonly {
    unitId: string;
    month: string;
    sex: string;
    kind: string;
    metric: string;
    value: number | null;
    zaehler: number | null;
    nenner: number | null;
  }[],
): ViewerAttack['traeger'] {
  const kinds = new Map(input.units.map((u) => [u.id, u.kind]));
  const exact = new Map(truth.map((f) => [figureKey(f), f]));
  let figures = 0;
  let changed = 0;
  for (const f of input.figures) {
    if (kinds.get(f.unitId) === 'jobcenter') continue;
    const t = exact.get(figureKey(f));
    if (t === undefined) continue;
    figures++;
    if (
      f.suppressed !== null ||
      f.value !== t.value ||
      (f.kind === 'kennzahl' && (f.zaehler !== t.zaehler || f.nenner !== t.nenner))
    )
      changed++;
  }
  return { figures, changed };
}
