/**
 * Single sign-on: which account, role and unit the claims of an identity provider stand for.
 * The operator writes the mapping (a JSON file, checked by contracts/claim-mapping.ts); the first
 * rule whose claim holds its value decides, and no matching rule means no login. Whether the
 * rule's unit exists and fits the role is checked against the unit tree by the login service.
 */
import type { Role, ValueSource } from './roles.ts';

export interface ClaimRule {
  /** the claim to look at; a dotted path reaches into objects ("realm_access.roles") */
  claim: string;
  /** matches a claim that equals this value, or a list of values that contains it */
  value: string;
  role: Role;
  unitId: string;
  microdataRights: boolean;
  importSources: readonly ValueSource[];
}

export interface ClaimMapping {
  /** the claim that names the account (default preferred_username; sub when it is missing) */
  usernameClaim: string;
  /** the claim with the person's name (default name; the account name when it is missing) */
  nameClaim: string;
  /** scopes to ask for besides openid and profile (e.g. groups, for the claim the rules read) */
  scopes: readonly string[];
  rules: readonly ClaimRule[];
}

export const DEFAULT_USERNAME_CLAIM = 'preferred_username';
export const DEFAULT_NAME_CLAIM = 'name';

export type Claims = Readonly<Record<string, unknown>>;

/** What a login through the provider becomes: the account and what it may do. */
export interface MappedAccount {
  username: string;
  name: string;
  role: Role;
  unitId: string;
  microdataRights: boolean;
  importSources: readonly ValueSource[];
}

export type MappingResult =
  | { ok: true; account: MappedAccount; ruleIndex: number }
  | { ok: false; username: string; reason: string };

/** Longest account and display name taken from a provider (like the local user name). */
const MAX_NAME = 200;

/** A claim by name, or by a dotted path when no claim has that very name (claim names may hold dots: URLs). */
export function claimAt(claims: Claims, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let at: unknown = claims;
  for (const key of name.split('.')) {
    if (at === null || typeof at !== 'object' || Array.isArray(at) || !Object.hasOwn(at, key))
      return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

const scalar = (v: unknown): string | null =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;

function holds(claim: unknown, value: string): boolean {
  if (Array.isArray(claim)) return claim.some((item) => scalar(item) === value);
  return scalar(claim) === value;
}

/** A name fit to show and to key an account: no control characters, not blank, not too long. */
function cleanName(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  // control characters (C0, DEL, C1) and lone surrogates: a name that PostgreSQL or a page cannot keep
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (s === '' || s.length > MAX_NAME || /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/u.test(s))
    return null;
  return s;
}

export function mapClaims(mapping: ClaimMapping, claims: Claims): MappingResult {
  const username = cleanName(claimAt(claims, mapping.usernameClaim)) ?? cleanName(claims.sub);
  if (username === null)
    return {
      ok: false,
      username: '',
      reason: `Der Anmeldedienst nennt keinen brauchbaren Benutzernamen (Claim „${mapping.usernameClaim}“ oder „sub“).`,
    };
  const index = mapping.rules.findIndex((r) => holds(claimAt(claims, r.claim), r.value));
  if (index < 0)
    return {
      ok: false,
      username,
      reason: `Für „${username}“ ist keine Rolle vorgesehen: keine Zuordnungsregel passt zu den Angaben des Anmeldedienstes. Bitte an die Administration wenden.`,
    };
  const rule = mapping.rules[index]!;
  return {
    ok: true,
    ruleIndex: index,
    account: {
      username,
      name: cleanName(claimAt(claims, mapping.nameClaim)) ?? username,
      role: rule.role,
      unitId: rule.unitId,
      microdataRights: rule.microdataRights,
      importSources: rule.importSources,
    },
  };
}
