/** Response contracts of the comparison operations (types: src/domain/benchmarking/comparison-result.ts). */
import { z } from '@hono/zod-openapi';
import { datenstandRef } from '../../../contracts/input.ts';
import {
  monthSchema,
  protectionMarkSchema,
  qualitySchema,
  sexSchema,
} from '../../../contracts/values.ts';
import { KENNZAHL_IDS } from '../../../domain/kpi/catalog.ts';

const unitRef = z.object({ id: z.string(), name: z.string() });

const cell = z.object({
  unitId: z.string(),
  value: z.number().nullable(),
  zaehler: z.number().nullable(),
  nenner: z.number().nullable(),
  quality: qualitySchema.nullable(),
  suppressed: protectionMarkSchema,
  quarter: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
    .nullable()
    .describe('Viertel der Verteilung (1 = unterstes)'),
});

const row = z.object({
  kennzahl: z.enum(KENNZAHL_IDS as [string, ...string[]]),
  name: z.string(),
  unit: z.enum(['percent', 'count']),
  decimals: z.number().int().describe('Nachkommastellen der Anzeige'),
  definition: z.string(),
  total: cell.nullable(),
  cells: z.array(cell),
  distribution: z
    .object({
      n: z.number(),
      min: z.number(),
      q1: z.number(),
      median: z.number(),
      q3: z.number(),
      max: z.number(),
    })
    .nullable()
    .describe('Verteilung über die gezeigten Werte (Quantile Typ 7, wie QUARTIL.INKL)'),
});

const body = {
  month: z.string().nullable(),
  sex: sexSchema,
  datenstand: z.union([z.literal('latest'), z.number()]),
  stand: z.string().nullable(),
  viewer: z.object({ name: z.string(), microdataRights: z.boolean() }),
  members: z.array(unitRef),
  rows: z.array(row),
  suppressedAny: z.boolean(),
  note: z.string().nullable(),
  minCellCount: z.number(),
};

export const jobcenterComparisonSchema = z.object({ parent: unitRef, ...body });

export const vergleichstypComparisonSchema = z.object({
  unit: unitRef,
  vergleichstyp: z.string().nullable(),
  basis: z.enum(['vergleichstyp', 'nachbarn']).nullable(),
  message: z.string(),
  ...body,
});

export const comparisonQueryBase = {
  month: monthSchema.optional().describe('Berichtsmonat JJJJ-MM, Standard: der neueste mit Werten'),
  sex: sexSchema.default('insgesamt'),
  datenstand: datenstandRef(),
};
