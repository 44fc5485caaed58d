/**
 * zod 4 contract of agreement content (src/domain/agreements/agreement.ts) for the API, the CLI
 * and imports. Objects are strict, so a misspelt field is reported instead of dropped. The shape
 * only; src/domain/agreements/validate.ts checks what the fields mean together.
 */
import { z } from 'zod';
import type { AgreementContent, Party, Target, TextBlock } from '../domain/agreements/agreement.ts';
import { criterionSchema, finite, isoDate, optionalText, text } from './criterion.ts';
import { boundedInt, plainText } from './input.ts';

export { criterionSchema, metricSchema } from './criterion.ts';

export const agreementStatusSchema = z.enum(
  ['entwurf', 'angebot', 'in_verhandlung', 'unterzeichnet', 'bewertet'],
  {
    error: 'Status: erwartet entwurf, angebot, in_verhandlung, unterzeichnet oder bewertet',
  },
);

const absatz = z.strictObject({ kind: z.literal('absatz'), text: text('Absatz') });
const liste = z.strictObject({
  kind: z.literal('liste'),
  items: z
    .array(text('Listenpunkt'), { error: 'Liste: Punkte als Liste von Texten erwartet' })
    .min(1, { error: 'Liste: mindestens ein Punkt erwartet' }),
});
const blockKindError = { error: 'Textblock: kind muss absatz oder liste sein' };
export const textBlockSchema: z.ZodType<TextBlock> = z.discriminatedUnion(
  'kind',
  [absatz, liste],
  blockKindError,
);
const textBlocks = z.array(textBlockSchema, {
  error: 'Text: Liste von Absätzen und Listen erwartet',
});

/** Parties of one agreement at most: both sides together (a gE's side 0 has two). */
export const MAX_PARTIES = 10;

/** A party's index in `parties` (signatures, permissions). */
export const partyIndex = (what: string) => boundedInt(what, 0, MAX_PARTIES - 1);

export const sideSchema = z.union([z.literal(0), z.literal(1)], {
  error: 'Seite: 0 (steuernde Seite) oder 1 (Zielseite) erwartet',
});

export const partySchema: z.ZodType<Party> = z.strictObject({
  side: sideSchema,
  unitId: text('Einheit'),
  name: text('Name des Vertragspartners'),
  shortName: optionalText('Kurzname'),
  capacity: optionalText('Funktion'),
  representative: z.strictObject({
    salutation: plainText('Anrede'),
    office: text('Amt'),
    name: text('Name der vertretenden Person'),
  }),
});

export const targetSchema: z.ZodType<Target> = z.strictObject({
  id: text('Ziel-Kennung'),
  role: z.enum(['hauptziel', 'teilziel', 'gesamtziel'], {
    error: 'Rolle: erwartet hauptziel, teilziel oder gesamtziel',
  }),
  title: optionalText('Überschrift'),
  text: textBlocks,
  criterion: criterionSchema.nullable(),
  lead: optionalText('Einleitung'),
  values: z.strictObject({
    offer: finite('Zielwertangebot').nullable(),
    path: z
      .array(finite('Soll-Wert').nullable(), {
        error: 'Soll-Verlauf: Liste von Monatswerten oder null erwartet',
      })
      .nullable(),
    leftOpen: z
      .boolean({ error: 'Bewusst offen gelassen: true oder false erwartet' })
      .optional()
      .describe('der Zielwert bleibt bei der Unterzeichnung bewusst offen'),
  }),
  split: z
    .strictObject({
      parts: z.array(
        z.strictObject({
          sex: z.enum(['m', 'w'], { error: 'Aufteilung: Geschlecht m oder w erwartet' }),
          criterion: criterionSchema,
        }),
      ),
    })
    .nullable(),
  after: textBlocks,
});

const goalBlock = z.discriminatedUnion(
  'kind',
  [absatz, liste, z.strictObject({ kind: z.literal('ziel'), target: targetSchema })],
  {
    error: 'Block eines Ziels: kind muss absatz, liste oder ziel sein',
  },
);

const reference = z.strictObject({
  title: text('Titel des Dokuments'),
  issuer: optionalText('Herausgeber'),
});

const signature = z.strictObject({
  party: partyIndex('Unterschrift: Nummer des Vertragspartners (party, 0 = erster)'),
  place: text('Ort der Unterschrift'),
  date: isoDate('Datum der Unterschrift'),
  capacityLine: optionalText('Zeichnungszeile'),
  signatory: text('Unterzeichner'),
});

export const agreementContentSchema: z.ZodType<AgreementContent> = z
  .strictObject({
    year: z
      .number({ error: 'Jahr: Jahreszahl erwartet' })
      .int({ error: 'Jahr: ganze Zahl erwartet' })
      .min(2005, { error: 'Jahr: Zielvereinbarungen nach SGB II gibt es ab 2005' })
      .max(2100, { error: 'Jahr: höchstens 2100' }),
    title: text('Titel'),
    parties: z
      .array(partySchema, { error: 'Vertragspartner: Liste erwartet' })
      .min(2, { error: 'Vertragspartner: mindestens zwei erwartet (je Seite einer)' })
      .max(MAX_PARTIES, { error: `Vertragspartner: höchstens ${MAX_PARTIES}` }),
    legalBasis: text('Rechtsgrundlage'),
    introduction: text('Einleitung'),
    preamble: textBlocks,
    references: z.array(reference),
    annexes: z.array(reference),
    focusAreasTitle: plainText('Überschrift der Schwerpunkte'),
    focusAreas: z.array(
      z.strictObject({
        number: boundedInt('Nummer des Schwerpunkts', 0, 1000),
        title: text('Titel des Schwerpunkts'),
        text: textBlocks,
      }),
    ),
    targetSubject: plainText('Bezeichnung der Einheit im Genitiv').trim(),
    goalsTitle: text('Überschrift der Ziele'),
    goalsIntro: textBlocks,
    goals: z.array(
      z.strictObject({
        number: text('Nummer des Ziels'),
        title: text('Titel des Ziels'),
        blocks: z.array(goalBlock, { error: 'Ziel: Liste von Blöcken erwartet' }),
      }),
    ),
    dialogueTitle: text('Überschrift der Dialoge'),
    dialogueClause: textBlocks,
    dialoguesPerYear: boundedInt('Dialoge pro Jahr', 0, 52),
    signatures: z.array(signature, { error: 'Unterschriften: Liste erwartet' }),
  })
  // a named component of the OpenAPI document, so that generated clients can type it
  .meta({
    id: 'Zielvereinbarungsinhalt',
    description:
      'Der Inhalt einer Fassung: Vertragspartner, Präambel, Schwerpunkte, Ziele mit Kriterien, Dialogklausel, Unterschriften',
  });

/** Issues of a failed parse as {path, message}, path dotted like validate.ts findings. */
export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
