/** Contracts of the unit tree (GET /api/units). */
import { z } from 'zod';
import { UNIT_KINDS } from '../domain/units/unit-tree.ts';

export const unitSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  /** zkT or gE for a Träger, null otherwise */
  traegerForm: z.enum(['zkT', 'gE']).nullable(),
  parentId: z.string().nullable(),
  /** SGB II-Vergleichstyp (IAB), if known */
  vergleichstyp: z.string().nullable(),
  /** nearest neighbours the user may see, most similar first */
  neighbours: z.array(z.string()),
});
export type UnitView = z.infer<typeof unitSchema>;
