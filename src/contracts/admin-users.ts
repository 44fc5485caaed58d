/**
 * Contracts of the administration of accounts (/api/admin/users): the account as the
 * administration sees it (never a password hash), creating, changing and the password reset.
 */
import { z } from 'zod';
import { ROLES, VALUE_SOURCES } from '../domain/access/roles.ts';
import { plainText, positiveInt, requiredText } from './input.ts';

/** A user name: what is typed at the login, and a path segment — so plain characters only. */
export const USER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const USER_ID_MAX = 100;

export const userIdSchema = z
  .string({ error: 'Benutzername: Text erwartet' })
  .min(1, { error: 'Benutzername fehlt', abort: true })
  .max(USER_ID_MAX, { error: `Benutzername: höchstens ${USER_ID_MAX} Zeichen`, abort: true })
  .regex(USER_ID_PATTERN, {
    error:
      'Benutzername: nur Buchstaben ohne Umlaute, Ziffern, Punkt, Binde- und Unterstrich; am Anfang ein Buchstabe oder eine Ziffer',
  });

const roleSchema = z.enum(ROLES, {
  error: `Rolle: eine von ${ROLES.join(', ')} erwartet`,
});

const importSourcesSchema = z
  .array(
    z.enum(VALUE_SOURCES, { error: `Quelle: eine von ${VALUE_SOURCES.join(', ')} erwartet` }),
    {
      error: 'Quellen: Liste erwartet',
    },
  )
  .max(VALUE_SOURCES.length, { error: 'Quellen: jede höchstens einmal' })
  .refine((list) => new Set(list).size === list.length, {
    error: 'Quellen: jede höchstens einmal',
  })
  .describe('Quellen, aus denen der Benutzer Datenstände laden darf');

const unitIdSchema = requiredText('Einheit', 200).describe(
  'Kennung der Einheit (GET /api/admin/units)',
);
const passwordSchema = plainText('Kennwort', 1000).describe(
  'vorgegebenes Kennwort (Kennwortregeln: mindestens 12 Zeichen, nicht der Benutzername); ohne: ein Einmalkennwort wird erzeugt und nur in der Antwort gezeigt',
);

export const userAccountSchema = z
  .object({
    id: z.string().describe('Benutzername (Anmeldung)'),
    name: z.string(),
    role: roleSchema,
    unitId: z.string(),
    unitName: z.string(),
    microdataRights: z
      .boolean()
      .describe('darf Zahlen von 1 und 2 (Sozialdaten, §§ 67 ff. SGB X) seiner Einheiten sehen'),
    importSources: z.array(z.enum(VALUE_SOURCES)),
    active: z.boolean(),
    hasPassword: z.boolean().describe('hat ein lokales Kennwort'),
    lastLoginAt: z.string().nullable().describe('letzte erfolgreiche Anmeldung (Protokoll)'),
    rowVersion: z.number().describe('mit jeder Änderung zurückzusenden (optimistische Sperre)'),
  })
  .meta({ id: 'Benutzerkonto', description: 'Ein Benutzerkonto, wie die Administration es sieht' });
export type UserAccount = z.infer<typeof userAccountSchema>;

export const createUserSchema = z.object({
  id: userIdSchema,
  name: requiredText('Name', 200),
  role: roleSchema,
  unitId: unitIdSchema,
  microdataRights: z.boolean({ error: 'Sozialdaten: ja oder nein erwartet' }).default(false),
  importSources: importSourcesSchema.default([]),
  password: passwordSchema.optional(),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const createdUserSchema = userAccountSchema.extend({
  oneTimePassword: z
    .string()
    .nullable()
    .describe('das erzeugte Einmalkennwort, nur in dieser Antwort (null: Kennwort vorgegeben)'),
});

export const updateUserSchema = z.object({
  rowVersion: positiveInt('Stand (rowVersion)'),
  name: requiredText('Name', 200).optional(),
  role: roleSchema.optional(),
  unitId: unitIdSchema.optional(),
  microdataRights: z.boolean({ error: 'Sozialdaten: ja oder nein erwartet' }).optional(),
  importSources: importSourcesSchema.optional(),
  active: z
    .boolean({ error: 'Aktiv: ja oder nein erwartet' })
    .optional()
    .describe('false: deaktivieren (beendet alle Sitzungen), true: wieder aktivieren'),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const updatedUserSchema = userAccountSchema.extend({
  notices: z.array(z.string()).describe('was die Änderung außerdem bewirkt hat (Sitzungen, Token)'),
});

export const resetPasswordSchema = z.object({ password: passwordSchema.nullable().optional() });

export const passwordResetSchema = z.object({
  id: z.string(),
  oneTimePassword: z
    .string()
    .nullable()
    .describe('das erzeugte Einmalkennwort, nur in dieser Antwort (null: Kennwort vorgegeben)'),
  notices: z.array(z.string()),
});

export const userIdParam = z.object({
  id: userIdSchema.describe('Benutzername'),
});
