/**
 * The year-end decision per target: the system's result as computed now, the parties' final
 * decision, and the reason where they depart from it (a documented change of framework
 * conditions). Re-deciding needs the row version read (optimistic concurrency).
 */
import {
  countFrameworkChanges,
  insertDecision,
  listDecisionRows,
  updateDecision,
} from '../../db/repositories/assessments.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireAgreement } from '../agreements/agreement-store.ts';
import { agreementFacts, authorize } from '../access.ts';
import { assessAgreement } from '../monitoring/assess-agreement.ts';
import { withoutFigures } from '../../domain/monitoring/protected-assessment.ts';
import type { TargetAssessment } from '../../domain/monitoring/types.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';
import { readsExactly } from '../values/protect-values.ts';
import { planParentOf } from '../values/release-plans.ts';

export type FinalDecision = 'erreicht' | 'nicht_erreicht' | 'nicht_bewertbar';

export interface DecisionInput {
  targetId: string;
  finalDecision: FinalDecision;
  adjustment: string | null;
  frameworkChangeIds: number[];
  datenstand: 'latest' | number;
  /** null = first decision; else the row version read */
  rowVersion: number | null;
}

export async function recordDecision(
  ctx: ServiceContext,
  agreementId: string,
  input: DecisionInput,
) {
  const row = await requireAgreement(ctx, agreementId);
  await authorize(ctx, { kind: 'assessment.decide', agreement: agreementFacts(row) });
  const monitoring = await assessAgreement(ctx, agreementId, { datenstand: input.datenstand });
  const target = monitoring.targets.find((t) => t.targetId === input.targetId);
  if (target === undefined || target.assessment === null)
    throw new AppError('validation', `kein bewertbares Ziel ${input.targetId}`, [
      { path: 'targetId', message: 'unbekannt oder ohne Kriterium' },
    ]);
  const system = target.assessment;
  const departs = system.status !== input.finalDecision;
  if (departs && (input.adjustment === null || input.adjustment.trim() === '')) {
    throw new AppError(
      'validation',
      `Die Entscheidung „${input.finalDecision}“ weicht vom Systemergebnis „${system.status}“ ab und braucht eine Begründung`,
      [{ path: 'adjustment', message: 'Begründung fehlt' }],
    );
  }
  return transact(ctx, async (tctx) => {
    const tx = tctx.db;
    // again under a share lock: the year may have been closed meanwhile
    const locked = await requireAgreement(tctx, agreementId, 'share');
    await authorize(tctx, { kind: 'assessment.decide', agreement: agreementFacts(locked) });
    if (input.frameworkChangeIds.length > 0) {
      const found = await countFrameworkChanges(tx, agreementId, input.frameworkChangeIds);
      if (found !== new Set(input.frameworkChangeIds).size)
        throw new AppError('validation', 'unbekannte Änderung der Rahmenbedingungen', [
          { path: 'frameworkChangeIds', message: 'nicht zu dieser Vereinbarung dokumentiert' },
        ]);
    }
    const values = {
      systemResult: system,
      datenstandId: typeof input.datenstand === 'number' ? input.datenstand : null,
      finalDecision: input.finalDecision,
      adjustment: input.adjustment,
      frameworkChangeIds: input.frameworkChangeIds,
      decidedBy: ctx.actor.id,
    };
    let saved;
    if (input.rowVersion === null) {
      saved = await insertDecision(tx, agreementId, input.targetId, values);
      if (saved === undefined)
        throw new AppError(
          'conflict',
          `Für Ziel ${input.targetId} liegt bereits eine Entscheidung vor; bitte neu laden`,
          [{ path: 'rowVersion', message: 'Entscheidung existiert' }],
        );
    } else {
      saved = await updateDecision(tx, agreementId, input.targetId, input.rowVersion, values);
      if (saved === undefined)
        throw new AppError(
          'conflict',
          `Die Entscheidung zu Ziel ${input.targetId} wurde inzwischen geändert; bitte neu laden`,
          [{ path: 'rowVersion', message: 'veraltet' }],
        );
    }
    await recordAudit(tx, ctx.actor, 'assessment.decide', 'agreement', agreementId, {
      targetId: input.targetId,
      system: system.status,
      final: input.finalDecision,
      adjustment: input.adjustment,
    });
    return { ...saved, decidedAt: saved.decidedAt.toISOString() };
  });
}

/**
 * The decisions as the reader may see them: the system result was computed from the decider's
 * figures, so a reader who reads the örtliches Jobcenter's figures only through its release plan
 * gets the status without the figures (domain/monitoring/protected-assessment.ts).
 */
export async function listDecisions(ctx: ServiceContext, agreementId: string) {
  const agreement = await requireAgreement(ctx, agreementId);
  const rows = await listDecisionRows(ctx.db, agreementId);
  const directory = await loadUnitDirectory(ctx);
  const protect =
    planParentOf(directory, agreement.unitId) !== null &&
    !readsExactly(ctx, directory, agreement.unitId);
  return rows.map((r) => ({
    ...r,
    systemResult: protect ? withoutFigures(r.systemResult as TargetAssessment) : r.systemResult,
    decidedAt: r.decidedAt.toISOString(),
  }));
}
