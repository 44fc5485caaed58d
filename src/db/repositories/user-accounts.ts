/**
 * Accounts as the administration sees and changes them: the list with each unit's name and the
 * last login (the newest 'login' record of the audit trail, found through its index on
 * entity and id), and changes that name the row version they read (optimistic concurrency).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import { auditLog, units, users } from '../schema/index.ts';
import type { NewUser, UserRow } from './users.ts';

export interface UserListRow {
  id: string;
  name: string;
  role: UserRow['role'];
  unitId: string;
  unitName: string;
  microdataRights: boolean;
  importSources: UserRow['importSources'];
  active: boolean;
  hasPassword: boolean;
  lastLoginAt: Date | null;
  rowVersion: number;
}

const lastLogin = sql`(SELECT ${auditLog.at} FROM ${auditLog}
  WHERE ${auditLog.entity} = 'user' AND ${auditLog.entityId} = ${users.id} AND ${auditLog.action} = 'login'
  ORDER BY ${auditLog.id} DESC LIMIT 1)`.mapWith(auditLog.at);

/** Every account (one, with `id`), ordered by id; never the password hash. */
export async function listUserAccounts(ex: Executor, id?: string): Promise<UserListRow[]> {
  return ex
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      unitId: users.unitId,
      unitName: units.name,
      microdataRights: users.microdataRights,
      importSources: users.importSources,
      active: users.active,
      hasPassword: sql<boolean>`(${users.passwordHash} IS NOT NULL)`,
      lastLoginAt: lastLogin,
      rowVersion: users.rowVersion,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(id === undefined ? undefined : eq(users.id, id))
    .orderBy(users.id);
}

export type UserChanges = Partial<
  Pick<NewUser, 'name' | 'role' | 'unitId' | 'microdataRights' | 'importSources' | 'active'>
>;

/** Applies `set` and moves the row version on if it still is `expected`; undefined if not. */
export async function updateUserIfVersion(
  ex: Executor,
  id: string,
  expected: number,
  set: UserChanges,
): Promise<UserRow | undefined> {
  const [row] = await ex
    .update(users)
    .set({ ...set, rowVersion: sql`${users.rowVersion} + 1` })
    .where(and(eq(users.id, id), eq(users.rowVersion, expected)))
    .returning();
  return row;
}

/** The ids of the active accounts that belong to a unit. */
export async function activeUserIdsOfUnit(ex: Executor, unitId: string): Promise<string[]> {
  const rows = await ex
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.active, true)))
    .orderBy(users.id);
  return rows.map((r) => r.id);
}

/**
 * Locks the active administrators' rows until the transaction ends and returns their ids: two
 * administrators deactivating each other at once are then decided one after the other.
 */
export async function lockActiveAdministrators(ex: Executor): Promise<string[]> {
  const rows = await ex
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'administration'), eq(users.active, true)))
    .orderBy(users.id)
    .for('update');
  return rows.map((r) => r.id);
}
