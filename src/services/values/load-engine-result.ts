/**
 * `kpi compute … --to-db`: the engine's units and figures into the store as one new Datenstand.
 * Units the store does not know yet are added under the Bund (Länder) or their parent.
 */
import type { KpiComputeResult } from '../../engine/types.ts';
import { transact, type ServiceContext } from '../context.ts';
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
    await saveUnits(tctx.db, unitRecordsFromEngine(result.einheiten));
    return importValues(tctx, datenstand, valueRowsFromEngine(result));
  });
}
