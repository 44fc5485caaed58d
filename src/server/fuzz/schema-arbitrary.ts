/**
 * fast-check arbitraries from the JSON schemas of the served OpenAPI document: values that are
 * valid-ish by the schema (known good values where a field name has one), with hostile values
 * mixed in at every level. Good enough for the schemas zod-openapi writes: $ref, oneOf/anyOf,
 * const/enum, type lists, string formats and patterns, integer bounds, arrays and objects.
 */
import fc from 'fast-check';
import { hostileJson } from './hostile.ts';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
};

export interface SchemaContext {
  components: Record<string, JsonSchema>;
  /** good values by property name ("unitId" → the test bed's units) */
  hints: Record<string, readonly unknown[]>;
}

const MAX_DEPTH = 7;

function resolve(schema: JsonSchema, ctx: SchemaContext): JsonSchema {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = ctx.components[name];
  if (target === undefined) throw new Error(`unresolved ${schema.$ref}`);
  return target;
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date') {
    return fc.oneof(
      fc
        .date({
          min: new Date('2005-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom(
        '2014-02-30',
        '0000-01-01',
        '2015-02-29',
        '1899-12-31',
        '2201-01-01',
        '2014-6-1',
      ),
    );
  }
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.pattern !== undefined) return fc.stringMatching(new RegExp(schema.pattern));
  const maxLength = Math.min(schema.maxLength ?? 40, 40);
  return fc.string({
    minLength: Math.min(schema.minLength ?? 0, maxLength),
    maxLength,
    unit: 'grapheme',
  });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min =
    schema.minimum ??
    (schema.exclusiveMinimum === undefined
      ? undefined
      : schema.exclusiveMinimum + (integer ? 1 : 0));
  const max =
    schema.maximum ??
    (schema.exclusiveMaximum === undefined
      ? undefined
      : schema.exclusiveMaximum - (integer ? 1 : 0));
  if (integer) {
    return fc.integer({
      min: Math.max(min ?? -1000, -(2 ** 31)),
      max: Math.min(max ?? 100_000, 2 ** 31 - 1),
    });
  }
  return fc.double({ min: min ?? -1e6, max: max ?? 1e6, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(
  schema: JsonSchema,
  ctx: SchemaContext,
  depth: number,
): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(properties).map(([name, property]) => {
    const hint = ctx.hints[name];
    const value =
      hint === undefined
        ? schemaArbitrary(property, ctx, depth + 1)
        : fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...hint) },
            { weight: 1, arbitrary: schemaArbitrary(property, ctx, depth + 1) },
          );
    return [name, value] as const;
  });
  const record = fc.record(Object.fromEntries(entries), {
    requiredKeys: [...required].filter((k) => k in properties),
  });
  // now and then a field too many (strict objects refuse it) or one missing
  return fc
    .tuple(
      record,
      fc.nat({ max: 9 }),
      hostileJson(),
      fc.constantFrom(...Object.keys(properties), 'unbekannt'),
    )
    .map(([value, dice, extra, name]) => {
      const out = { ...(value as Record<string, unknown>) };
      if (dice === 0) out[`x_${name}`] = extra;
      if (dice === 1) delete out[name];
      return out;
    });
}

/** A value for `schema`; hostile values replace it now and then (1 in 8), at any depth. */
export function schemaArbitrary(
  schemaOrRef: JsonSchema,
  ctx: SchemaContext,
  depth = 0,
): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schemaOrRef, ctx, depth);
  return fc.oneof({ weight: 7, arbitrary: valid }, { weight: 1, arbitrary: hostileJson() });
}

function validArbitrary(
  schemaOrRef: JsonSchema,
  ctx: SchemaContext,
  depth: number,
): fc.Arbitrary<unknown> {
  const schema = resolve(schemaOrRef, ctx);
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives !== undefined)
    return fc.oneof(...alternatives.map((s) => schemaArbitrary(s, ctx, depth + 1)));
  if (schema.allOf !== undefined) return schemaArbitrary(schema.allOf[0]!, ctx, depth + 1);
  const types = Array.isArray(schema.type)
    ? schema.type
    : schema.type === undefined
      ? ['any']
      : [schema.type];
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'null':
          return fc.constant(null);
        case 'boolean':
          return fc.boolean();
        case 'string':
          return stringArbitrary(schema);
        case 'integer':
          return numberArbitrary(schema, true);
        case 'number':
          return numberArbitrary(schema, false);
        case 'array':
          if (schema.prefixItems !== undefined)
            return fc.tuple(...schema.prefixItems.map((s) => schemaArbitrary(s, ctx, depth + 1)));
          return fc.array(schemaArbitrary(schema.items ?? {}, ctx, depth + 1), { maxLength: 3 });
        case 'object':
          return objectArbitrary(schema, ctx, depth);
        default:
          return fc.jsonValue({ maxDepth: 2 });
      }
    }),
  );
}
