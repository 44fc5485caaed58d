import { saveUnits } from '../../db/repositories/units.ts';
import type { ServiceContext } from '../context.ts';
import { BUND_ID } from '../system/system-actor.ts';

/** The root of the unit tree (an administrator's unit), in a store that has none yet. */
export async function ensureBundUnit(ctx: ServiceContext): Promise<void> {
  await saveUnits(ctx.db, [
    {
      id: BUND_ID,
      name: 'Deutschland',
      kind: 'bund',
      traegerForm: null,
      parentId: null,
      validFrom: '2005-01-01',
    },
  ]);
}
