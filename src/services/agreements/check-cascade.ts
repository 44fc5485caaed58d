/**
 * Do the agreements a Träger derived for its örtliche Jobcenter add up to its own? The weights
 * come from the stored figures of the reference year's December (cascade-check.ts): a quota's
 * numerator for a change in %, its denominator for a level or a change in Prozentpunkte, a
 * count's own value for a change in %.
 */
import { listChildAgreements } from '../../db/repositories/agreements.ts';
import { targetsOf, type AgreementContent } from '../../domain/agreements/agreement.ts';
import {
  checkCascade,
  type CascadeFinding,
  type LocalAgreement,
} from '../../domain/agreements/cascade-check.ts';
import { thresholdOf, type Threshold } from '../../domain/agreements/cascade-threshold.ts';
import { referenceYearFrom } from '../../domain/agreements/metric-of.ts';
import { KENNZAHL_DEFINITIONS } from '../../domain/kpi/catalog.ts';
import type { ServiceContext } from '../context.ts';
import { readValues } from '../values/protect-values.ts';
import { loadContent, requireAgreement } from './agreement-store.ts';

async function weightOf(
  ctx: ServiceContext,
  unitId: string,
  t: Threshold,
  year: number,
  datenstand: 'latest' | number,
): Promise<number | null> {
  const m = t.metric;
  if (m.source === 'lokal') return null;
  const month = `${referenceYearFrom(t.referenceYear, year)}-12`;
  const [v] = await readValues(ctx, {
    unitIds: [unitId],
    kind: m.source,
    metrics: [m.id],
    sex: [m.sex],
    from: month,
    to: month,
    datenstand,
  });
  if (v === undefined) return null;
  const quota = m.source === 'kennzahl' && KENNZAHL_DEFINITIONS[m.id].unit === 'percent';
  if (!quota) return v.value;
  return t.form === 'prozent' ? v.zaehler : v.nenner;
}

export interface CascadeCheck {
  agreementId: string;
  locals: { agreementId: string; unitId: string }[];
  findings: CascadeFinding[];
}

export async function checkAgreementCascade(
  ctx: ServiceContext,
  id: string,
  datenstand: 'latest' | number = 'latest',
): Promise<CascadeCheck> {
  const parentRow = await requireAgreement(ctx, id);
  const parent = await loadContent(ctx.db, id, parentRow.currentVersion);
  const children = await listChildAgreements(ctx.db, id);
  const locals: LocalAgreement[] = [];
  for (const child of children) {
    const content: AgreementContent = await loadContent(ctx.db, child.id, child.currentVersion);
    const weights: Record<string, number> = {};
    for (const target of targetsOf(parent)) {
      const threshold = thresholdOf(target.criterion);
      if (threshold === null) continue;
      const w = await weightOf(ctx, child.unitId, threshold, parent.year, datenstand);
      if (w !== null) weights[target.id] = w;
    }
    locals.push({ unitId: child.unitId, content, weights });
  }
  return {
    agreementId: id,
    locals: children.map((c) => ({ agreementId: c.id, unitId: c.unitId })),
    findings: checkCascade(parent, locals),
  };
}
