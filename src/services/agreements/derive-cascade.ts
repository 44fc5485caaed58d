/**
 * The Träger carries its targets on to its örtliche Jobcenter: one draft per Jobcenter without an
 * agreement of that year yet, derived from the Träger's agreement (cascade-derive.ts).
 */
import { sidesLabel, targetParty } from '../../domain/agreements/parties.ts';
import { findAgreementOfParties } from '../../db/repositories/agreements.ts';
import { deriveLocalAgreement } from '../../domain/agreements/cascade.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { agreementFacts, authorize } from '../access.ts';
import { loadContent, requireAgreement } from './agreement-store.ts';
import type { AgreementSummary } from './agreement-view.ts';
import { createAgreement } from './create-agreement.ts';

export interface DeriveCascadeInput {
  /** legal basis of the local agreements, e.g. "§ 5 Abs. 2 AG-SGB II NRW" */
  legalBasis: string;
  /** only these örtliche Jobcenter; default all of the Träger */
  unitIds?: string[];
}

export async function deriveCascade(
  ctx: ServiceContext,
  id: string,
  input: DeriveCascadeInput,
): Promise<AgreementSummary[]> {
  const row = await requireAgreement(ctx, id);
  const parent = await loadContent(ctx.db, id, row.currentVersion);
  const directory = await authorize(ctx, {
    kind: 'cascade.derive',
    parent: agreementFacts(row, parent),
  });
  const children = directory.nodes.filter(
    (n) => n.parentId === row.unitId && n.kind === 'jobcenter' && directory.visible.has(n.id),
  );
  if (children.length === 0)
    throw new AppError(
      'invalid_state',
      `${targetParty(parent).name} hat keine örtlichen Jobcenter`,
    );
  const wanted =
    input.unitIds === undefined ? children : children.filter((c) => input.unitIds!.includes(c.id));
  const unknown = (input.unitIds ?? []).filter((u) => !children.some((c) => c.id === u));
  if (unknown.length > 0)
    throw new AppError(
      'validation',
      `kein örtliches Jobcenter von ${targetParty(parent).name}: ${unknown.join(', ')}`,
      unknown.map((u) => ({ path: 'unitIds', message: `${u} gehört nicht dazu` })),
    );
  return transact(ctx, async (tctx) => {
    const created: AgreementSummary[] = [];
    for (const unit of wanted) {
      const existing = await findAgreementOfParties(tctx.db, {
        year: row.year,
        steeringUnitId: row.unitId,
        unitId: unit.id,
      });
      if (existing !== undefined) continue;
      const content = deriveLocalAgreement(
        parent,
        {
          party: {
            unitId: unit.id,
            name: unit.name,
            shortName: unit.name,
            capacity: null,
            representative: { salutation: '', office: 'Leitung des Jobcenters', name: 'N. N.' },
          },
          place: unit.name,
        },
        { legalBasis: input.legalBasis },
      );
      const view = await createAgreement(tctx, {
        content,
        parentAgreementId: id,
        comment: `abgeleitet aus der Zielvereinbarung ${sidesLabel(parent)}`,
      });
      const {
        content: _c,
        versions: _v,
        events: _e,
        versionNo: _n,
        permissions: _p,
        ...summary
      } = view;
      created.push(summary);
    }
    return created;
  });
}
