/** Contracts of the unit tree (GET /api/units). */
import { z } from 'zod';

export const unitSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['bund', 'land', 'traeger', 'jobcenter']),
  /** zkT or gE for a Träger, null otherwise */
  traegerForm: z.enum(['zkT', 'gE']).nullable(),
  parentId: z.string().nullable(),
  /** SGB II-Vergleichstyp (IAB), if known */
  vergleichstyp: z.string().nullable(),
  /** nearest neighbours the user may see, most similar first */
  neighbours: z.array(z.string()),
});
export type UnitView = z.infer<typeof unitSchema>;
