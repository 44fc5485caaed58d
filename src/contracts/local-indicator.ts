/** zod schema of a local indicator (src/domain/agreements/criteria.ts LocalIndicator). */
import { z } from 'zod';
import { boundedInt, requiredText } from './input.ts';
import { BASE_QUANTITIES } from '../domain/kpi/catalog.ts';

const source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manuell') }),
  z.object({
    kind: z.literal('regel'),
    quantity: z.enum(BASE_QUANTITIES, { error: 'Grundgröße: unbekannte Kennung' }),
    filter: z.object({
      minAge: boundedInt('Mindestalter', 15, 67).optional(),
      maxAge: boundedInt('Höchstalter', 15, 67).optional(),
      alleinerziehend: z.boolean().optional(),
      lzb: z.boolean().optional(),
    }),
  }),
]);
const indicatorId = z
  .string({ error: 'Kennung: Text erwartet' })
  .regex(/^[A-Z0-9_]{2,40}$/, { error: 'Kennung aus 2 bis 40 Großbuchstaben, Ziffern und _' });
/** A local indicator as stored and as an agreement view names it (LocalIndicator of the domain). */
export const localIndicatorSchema = z.object({
  id: indicatorId,
  name: requiredText('Name', 1000),
  definition: requiredText('Definition', 10_000),
  unit: requiredText('Einheit', 100),
  source,
});
