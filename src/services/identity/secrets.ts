/**
 * Passwords as argon2id hashes (OWASP: m = 19 MiB, t = 2, p = 1, the library's defaults) and the
 * random secrets of sessions and tokens, stored only as SHA-256 hashes.
 */
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** A hash to verify against when the user does not exist: the answer takes as long either way. */
let dummy: Promise<string> | null = null;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword('kein Benutzer mit diesem Namen');
  const target = stored ?? (await dummy);
  const ok = await verify(target, password).catch(() => false);
  return stored !== null && ok;
}

/** 256 random bits, URL-safe, with a prefix that says what it is (zs_s_: session, zs_t_: API token). */
export function newSecret(prefix: 'zs_s_' | 'zs_t_' | ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
