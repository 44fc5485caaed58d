/** zod schema of a local indicator (src/domain/agreements/criteria.ts LocalIndicator). */
import { z } from 'zod';
import { boundedInt, requiredText } from './input.ts';
import { BASE_QUANTITIES } from '../domain/kpi/catalog.ts';
import { INDICATOR_UNITS } from '../domain/agreements/criteria.ts';
import { storedMetric } from './criterion.ts';

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
  z.object({
    kind: z.literal('abgeleitet'),
    operation: z.enum(['differenz', 'quotient'], {
      error: 'Verknüpfung: differenz oder quotient erwartet',
    }),
    left: storedMetric('Erste Größe'),
    right: storedMetric('Zweite Größe'),
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
  // as stored: indicators saved before the units were fixed may carry another unit word
  unit: requiredText('Einheit', 100),
  source,
});

/** A local indicator as it is saved: its unit one of INDICATOR_UNITS. */
export const localIndicatorInputSchema = localIndicatorSchema.extend({
  unit: z.enum(INDICATOR_UNITS, { error: `Einheit: erwartet ${INDICATOR_UNITS.join(', ')}` }),
});
