/** Contracts of logging in and out, the session and personal API tokens. */
import { z } from 'zod';
import { plainText, requiredText } from './input.ts';

export const logInSchema = z.object({
  username: requiredText('Benutzername', 200),
  password: plainText('Kennwort', 1000),
});

export const viewerSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['ministerium', 'traeger', 'jobcenter', 'administration', 'leser']),
  unitId: z.string(),
  microdataRights: z
    .boolean()
    .describe('darf Zahlen von 1 und 2 (Sozialdaten) seiner Einheiten sehen'),
});

export const sessionSchema = z.object({
  user: viewerSchema,
  csrfToken: z
    .string()
    .nullable()
    .describe(
      'mit jeder schreibenden Anfrage als X-CSRF-Token zurückzusenden (null bei API-Token)',
    ),
});

export const loginInfoSchema = z.object({
  demo: z
    .boolean()
    .describe('Demobetrieb: die Demo-Konten und ihr Kennwort stehen auf der Anmeldeseite'),
  accounts: z.array(z.object({ username: z.string(), name: z.string() })),
  sso: z
    .object({ label: z.string().describe('Text der Schaltfläche') })
    .nullable()
    .describe(
      'Single Sign-on (OpenID Connect): Anmelden über GET /api/session/oidc; null: nicht eingerichtet',
    ),
});

export const passwordChangeSchema = z.object({
  currentPassword: plainText('bisheriges Kennwort', 1000),
  newPassword: plainText('neues Kennwort', 1000),
});

export const tokenInputSchema = z.object({ name: requiredText('Bezeichnung', 200) });
export const tokenSchema = z.object({
  id: z.number(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const createdTokenSchema = tokenSchema.extend({
  token: z.string().describe('nur jetzt sichtbar: als Authorization: Bearer … senden'),
});
