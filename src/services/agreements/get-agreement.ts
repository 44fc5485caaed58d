import { listAgreementRows } from '../../db/repositories/agreements.ts';
import { subtreeIds, UNIT_KINDS } from '../../domain/units/unit-tree.ts';
import { decide } from '../../domain/access/rights.ts';
import { agreementFacts } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';
import { requireAgreement } from './agreement-store.ts';
import {
  presentAgreement,
  summarize,
  type AgreementSummary,
  type AgreementView,
} from './agreement-view.ts';

export async function getAgreement(
  ctx: ServiceContext,
  id: string,
  versionNo?: number,
): Promise<AgreementView> {
  const row = await requireAgreement(ctx, id);
  return presentAgreement(ctx, row, versionNo);
}

export interface AgreementFilter {
  year?: number;
  /** agreements of units within this Land or Träger */
  within?: string;
}

export async function listAgreements(
  ctx: ServiceContext,
  filter: AgreementFilter = {},
): Promise<AgreementSummary[]> {
  const directory = await loadUnitDirectory(ctx);
  let units = directory.visible;
  if (filter.within !== undefined) {
    const scope = subtreeIds(directory.nodes, filter.within);
    units = new Set([...units].filter((u) => scope.has(u)));
  }
  // a party outside the units it sees (an Agentur für Arbeit, BMAS) finds its agreements too
  const rows = await listAgreementRows(ctx.db, {
    unitIds: [...units],
    partyUnitId: filter.within === undefined ? ctx.actor.unitId : undefined,
    year: filter.year,
  });
  const readable = rows.filter(
    (r) =>
      decide(ctx.actor, directory, { kind: 'agreement.read', agreement: agreementFacts(r) })
        .allowed,
  );
  // the steering party first: a Träger's agreement with the Land before those with its Jobcenter
  const depth = (id: string) => UNIT_KINDS.indexOf(directory.byId.get(id)?.kind ?? 'jobcenter');
  readable.sort(
    (a, b) =>
      b.year - a.year || depth(a.unitId) - depth(b.unitId) || a.unitId.localeCompare(b.unitId),
  );
  return summarize(ctx, readable);
}
