/**
 * The claim-mapping file of single sign-on (OIDC_CLAIM_MAPPING): which claim names the account
 * and the person, and the rules from claim values to role and unit (domain/access/claim-mapping.ts).
 * Every problem is one German line naming the field ("rules.2.role: …").
 */
import { z } from 'zod';
import {
  DEFAULT_NAME_CLAIM,
  DEFAULT_USERNAME_CLAIM,
  type ClaimMapping,
} from '../domain/access/claim-mapping.ts';
import { ROLES, VALUE_SOURCES, type Role, type ValueSource } from '../domain/access/roles.ts';
import { key } from './input.ts';

/** A message for a value of the wrong type; other issues (unknown keys) keep zod's German words. */
const typeOnly = (message: string) => (issue: { code?: string }) =>
  issue.code === 'invalid_type' ? message : undefined;

const claimName = (what: string) => key(what, 200);

const ruleSchema = z.strictObject(
  {
    claim: claimName('Claim'),
    value: key('Wert', 1000),
    role: z.enum(ROLES as [Role, ...Role[]], {
      error: `Rolle erwartet: ${ROLES.join(', ')}`,
    }),
    unitId: key('Einheit'),
    microdataRights: z.boolean({ error: 'true oder false erwartet' }).default(false),
    importSources: z
      .array(
        z.enum(VALUE_SOURCES as [ValueSource, ...ValueSource[]], {
          error: `Quelle erwartet: ${VALUE_SOURCES.join(', ')}`,
        }),
        { error: 'Liste der Quellen erwartet' },
      )
      .default([]),
  },
  { error: typeOnly('Regel erwartet: {"claim", "value", "role", "unitId"}') },
);

export const claimMappingSchema = z.strictObject(
  {
    usernameClaim: claimName('Claim des Benutzernamens').default(DEFAULT_USERNAME_CLAIM),
    nameClaim: claimName('Claim des Namens').default(DEFAULT_NAME_CLAIM),
    scopes: z
      .array(
        z
          .string()
          .regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, { error: 'Scope ohne Leerzeichen erwartet' }),
        { error: 'Liste von Scopes erwartet' },
      )
      .default([]),
    rules: z
      .array(ruleSchema, { error: 'Liste der Zuordnungsregeln erwartet' })
      .min(1, { error: 'mindestens eine Zuordnungsregel erwartet' }),
  },
  { error: typeOnly('JSON-Objekt mit „rules“ erwartet') },
);

/** The mapping, or the problems of the file (one line each, naming the field). */
export function parseClaimMapping(
  json: unknown,
): { ok: true; mapping: ClaimMapping } | { ok: false; problems: string[] } {
  const parsed = claimMappingSchema.safeParse(json);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) =>
      i.path.length === 0 ? i.message : `${i.path.map(String).join('.')}: ${i.message}`,
    ),
  };
}
