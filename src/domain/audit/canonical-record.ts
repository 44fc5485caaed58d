/**
 * The canonical text of an audit record, the input of its SHA-256 hash (docs/audit.md). One
 * record has exactly one text, whatever the key order in which its detail was written or read
 * back from PostgreSQL's jsonb:
 *
 * - JSON without white space; object keys sorted by Unicode code point (= UTF-8 byte order,
 *   PostgreSQL's COLLATE "C"); numbers and strings written as ECMAScript's JSON.stringify writes
 *   them (RFC 8785 serializes the same way, but sorts keys by UTF-16 code units instead);
 * - the record as the object {action, actor, at, detail, entity, entityId, id, prev}, `at` the
 *   UTC time with microseconds (2014-06-15T10:00:00.123456Z) as PostgreSQL keeps it, `prev` the
 *   hash of the record before (GENESIS_HASH for record 1).
 *
 * Pure; the hashing itself (node:crypto) is db/audit-hash.ts. Migration 0002 computed the hashes of
 * the records written before the chain existed with the same rules in SQL.
 */

/** `prev` of the first record: there is none */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecordContent {
  /** position in the chain, 1, 2, 3 … */
  id: number;
  /** UTC with microseconds: YYYY-MM-DDTHH:MM:SS.ffffffZ */
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  /** a JSON value (as JSON.parse returns it) */
  detail: unknown;
  /** hash of record id − 1, hex */
  prevHash: string;
}

export function canonicalRecordText(r: AuditRecordContent): string {
  // canonicalJson of {action, actor, at, detail, entity, entityId, id, prev}, its keys written in
  // their order directly (the verification hashes millions of records; canonical-record.test.ts)
  if (!Number.isSafeInteger(r.id)) throw new TypeError(`not a record id: ${r.id}`);
  return (
    `{"action":${JSON.stringify(r.action)},"actor":${JSON.stringify(r.actor)},` +
    `"at":${JSON.stringify(r.at)},"detail":${canonicalJson(r.detail)},` +
    `"entity":${JSON.stringify(r.entity)},"entityId":${JSON.stringify(r.entityId)},` +
    `"id":${r.id},"prev":${JSON.stringify(r.prevHash)}}`
  );
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Code point order; JavaScript's `<` compares UTF-16 code units, which differs above U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // a surrogate (U+D800–U+DFFF) stands for a code point above U+FFFF: it sorts after U+E000–U+FFFF
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * Canonical JSON of a JSON value. Properties whose value is undefined are left out (as
 * JSON.stringify does); anything JSON cannot say (a function, a bigint, NaN, Infinity, a Date)
 * is an error: the caller passes what JSON.parse returns.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`not a JSON number: ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError('not a plain JSON object');
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      // UTF-16 order (the native sort) is code point order unless a key has a surrogate pair
      if (keys.some((k) => SURROGATE.test(k))) keys.sort(compareCodePoints);
      else keys.sort();
      let out = '{';
      for (const k of keys) {
        const v = record[k];
        if (v === undefined) continue;
        out += `${out.length === 1 ? '' : ','}${JSON.stringify(k)}:${canonicalJson(v)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`not a JSON value: ${typeof value}`);
  }
}
