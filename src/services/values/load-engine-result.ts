/**
 * `kpi compute … --to-db`: the engine's units and figures into the store as one new Datenstand,
 * marked with the contract version the engine computes by (KENNZAHLEN_VERTRAG). Units the store
 * does not know yet are added under the Bund (Länder) or their parent.
 */
import { KENNZAHLEN_VERTRAG } from '../../domain/kpi/contract-version.ts';
import type { KpiComputeResult } from '../../engine/types.ts';
import { recordAuditEntries } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { unitAuditEntries } from '../units/unit-audit.ts';
import { BUND_ID } from '../system/system-actor.ts';
import { saveUnits, type UnitRecord } from '../../db/repositories/units.ts';
import { valueRowsFromEngine } from './from-engine.ts';
import { importValues, type ImportResult } from './import-values.ts';
import type { DatenstandInput } from './value-row.ts';

const KIND = { land: 'land', traeger: 'traeger', jobcenter: 'jobcenter' } as const;

export function unitRecordsFromEngine(
  einheiten: KpiComputeResult['einheiten'],
  validFrom = '2005-01-01',
): UnitRecord[] {
  return [
    {
      id: BUND_ID,
      name: 'Deutschland',
      kind: 'bund',
      traegerForm: null,
      parentId: null,
      validFrom,
    },
    ...einheiten.map((e) => ({
      id: e.id,
      name: e.name,
      kind: KIND[e.ebene],
      traegerForm: null,
      parentId: e.parentId ?? BUND_ID,
      validFrom,
    })),
  ];
}

export async function loadEngineResult(
  ctx: ServiceContext,
  result: KpiComputeResult,
  datenstand: DatenstandInput,
): Promise<ImportResult> {
  // one transaction: new units and figures are stored together or not at all
  return transact(ctx, async (tctx) => {
    const units = unitRecordsFromEngine(result.einheiten);
    const saved = await saveUnits(tctx.db, units);
    const imported = await importValues(
      tctx,
      datenstand,
      valueRowsFromEngine(result),
      KENNZAHLEN_VERTRAG,
    );
    // after the last write: the chain head stays locked until commit (audit.ts)
    await recordAuditEntries(tctx.db, ctx.actor, unitAuditEntries(units, saved));
    return imported;
  });
}
