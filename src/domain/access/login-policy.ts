/**
 * The rules of logging in, in one place: how long a session lives, when failed attempts lock a
 * user name for a while, and what a password must be. Pure: "now" is a parameter.
 */

/** a session ends after this long without a request (idle) … */
export const SESSION_IDLE_MS = 30 * 60_000;
/** … and this long after the login, however active (absolute) */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** failed logins in a row that lock the user name … */
export const MAX_FAILED_LOGINS = 5;
/** … for this long (BSI IT-Grundschutz ORP.4: limit failed attempts) */
export const LOCKOUT_MS = 15 * 60_000;
export const PASSWORD_MIN_LENGTH = 12;

export type SessionState = 'gueltig' | 'abgelaufen_ruhend' | 'abgelaufen';

export function sessionState(s: { createdAt: Date; lastSeenAt: Date }, now: Date): SessionState {
  if (now.getTime() - s.createdAt.getTime() >= SESSION_ABSOLUTE_MS) return 'abgelaufen';
  if (now.getTime() - s.lastSeenAt.getTime() >= SESSION_IDLE_MS) return 'abgelaufen_ruhend';
  return 'gueltig';
}

export interface Throttle {
  failures: number;
  lockedUntil: Date | null;
}

/** Milliseconds until the user name may try again; 0 if it may now. */
export function lockedFor(t: Throttle | undefined, now: Date): number {
  if (t?.lockedUntil == null) return 0;
  return Math.max(0, t.lockedUntil.getTime() - now.getTime());
}

/** The throttle after one more failed attempt: the fifth in a row locks, and so does each after it. */
export function afterFailure(t: Throttle | undefined, now: Date): Throttle {
  const expired = t?.lockedUntil != null && t.lockedUntil.getTime() <= now.getTime();
  const failures = (expired ? 0 : (t?.failures ?? 0)) + 1;
  return {
    failures,
    lockedUntil: failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS) : null,
  };
}

/** What is wrong with a new password, in German; empty if nothing. */
export function passwordProblems(password: string, context: { username: string }): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH)
    problems.push(`mindestens ${PASSWORD_MIN_LENGTH} Zeichen`);
  if (password.toLowerCase().includes(context.username.toLowerCase()))
    problems.push('darf den Benutzernamen nicht enthalten');
  if (/^(.)\1*$/u.test(password)) problems.push('nicht nur ein wiederholtes Zeichen');
  return problems;
}
