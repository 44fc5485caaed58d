/**
 * Users with their role and unit, their login (argon2id hash; failed attempts and temporary
 * lockout per user name), server-side sessions and personal API tokens. Session ids and tokens are stored as
 * SHA-256 hashes only: a copy of the database opens no session.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { units } from './units.ts';
import { valueSource } from './values.ts';

export const userRole = pgEnum('user_role', [
  'ministerium',
  'traeger',
  'jobcenter',
  'administration',
  'leser',
]);

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    role: userRole('role').notNull(),
    /** the unit whose subtree the user may see */
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    /** may see counts of 1 and 2 (Sozialdaten, §§ 67 ff. SGB X) */
    microdataRights: boolean('microdata_rights').notNull().default(false),
    /** the sources of figures (value_source) this user may load a Datenstand of */
    importSources: valueSource('import_sources').array().notNull().default([]),
    /** argon2id (PHC string); null: no local login (single sign-on only, or not yet set) */
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    /**
     * single sign-on: the provider (issuer) and its subject this account belongs to; an account is
     * found by these, not by its name, once bound (both null: not bound)
     */
    ssoIssuer: text('sso_issuer'),
    ssoSubject: text('sso_subject'),
    /** optimistic concurrency: every change by the administration names the version it read */
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('users_sso_identity').on(t.ssoIssuer, t.ssoSubject),
    check('users_sso_both', sql`(${t.ssoIssuer} IS NULL) = (${t.ssoSubject} IS NULL)`),
  ],
);

/**
 * Failed logins per user name (known or not, so that a probe learns nothing), apart from
 * `users`: a failed attempt is no change of what the services read (store generation).
 */
export const loginThrottle = pgTable('login_throttle', {
  username: text('username').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the session id in the cookie */
    idHash: text('id_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** sent back in X-CSRF-Token with every write made with the session cookie */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 of the token */
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user').on(t.userId)],
);

/**
 * Single sign-on logins under way: what the callback must check (state, nonce) and prove (the
 * PKCE verifier), kept here rather than in the browser, found by the SHA-256 of the random id in
 * a short-lived cookie; used once, or dropped when expired.
 */
export const oidcFlows = pgTable(
  'oidc_flows',
  {
    idHash: text('id_hash').primaryKey(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('oidc_flows_expiry').on(t.expiresAt)],
);
