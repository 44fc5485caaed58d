/**
 * Review marks of a version ("Jahresangabe prüfen", src/domain/agreements/year-review.ts): what
 * the next year's draft did with the years of a text, until a party confirms or rewords it.
 */
import { z } from 'zod';
import { KEY_MAX, plainText } from './input.ts';

export const reviewMarkSchema = z
  .object({
    path: z.string().describe('Stelle des Textes im Inhalt, z. B. „preamble.3.text“'),
    text: z.string().describe('der Text, wie der Entwurf ihn geschrieben hat'),
    notes: z
      .array(z.string())
      .describe('je Jahresangabe, was der Entwurf getan hat („2014 → 2015 geändert“)'),
  })
  .meta({ id: 'Pruefvermerk' });

/** Paths of marks the user confirms as checked; a path without a mark is ignored (idempotent). */
export const reviewedSchema = z
  .array(plainText('Geprüfte Stelle', KEY_MAX), {
    error: 'Geprüft: Liste der Stellen (path der Prüfvermerke) erwartet',
  })
  .max(1000, { error: 'Geprüft: höchstens 1000 Stellen auf einmal' })
  .optional()
  .describe('Stellen (path), deren Prüfvermerk als „geprüft“ entfällt');
