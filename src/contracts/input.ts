/**
 * Input rules shared by every contract: ids and row versions fit PostgreSQL's int4, texts carry
 * no control characters and no broken Unicode, dates are real calendar days of a plausible year.
 * The database would refuse such values too, but late and with its own words; here they are
 * refused before any work, with a German message that names the field.
 */
import { z } from 'zod';

// zod's own messages (where a contract names none) in German, for the server and the web app alike.
z.config(z.locales.de());

/** Largest value of a PostgreSQL `integer` (int4): ids, row versions, version numbers. */
export const INT4_MAX = 2_147_483_647;

/** Years a date may have: the SGB II started in 2005; 1900–2200 leaves room for history and plans. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;

/** Longest single text of a contract (a paragraph of an agreement, a comment); bodies are limited as a whole too. */
export const TEXT_MAX = 100_000;
/** Longest id-like text (unit ids, metric ids, target ids). */
export const KEY_MAX = 200;

// C0 control characters other than tab, line feed and carriage return (NUL among them).
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

// a lone surrogate (half of a UTF-16 pair): PostgreSQL cannot store it, UTF-8 cannot encode it
const LONE_SURROGATE = /\p{Cs}/u;

function isWellFormed(value: string): boolean {
  // String.prototype.isWellFormed (Node 20, browsers since 2023); the pattern for older browsers of the web app
  const native = (value as string & { isWellFormed?: () => boolean }).isWellFormed;
  return typeof native === 'function' ? native.call(value) : !LONE_SURROGATE.test(value);
}

/** Whether a text is storable as it is: no C0 control characters (tab, LF, CR allowed), no lone surrogates. */
export function isCleanText(value: string): boolean {
  return !CONTROL.test(value) && isWellFormed(value);
}

function cleanTextMessage(what: string, value: string): string {
  return CONTROL.test(value)
    ? `${what}: Steuerzeichen (z. B. NUL) sind nicht erlaubt`
    : `${what}: unvollständiges Unicode-Zeichen (einzelnes Surrogat)`;
}

/**
 * A text that may be empty: no control characters, no lone surrogates, at most `max` characters.
 * The building block of every text field of the contracts.
 */
export function plainText(
  what: string,
  max = TEXT_MAX,
  typeError = `${what}: Text erwartet`,
): z.ZodString {
  return z
    .string({ error: typeError })
    .max(max, { error: `${what}: höchstens ${max.toLocaleString('de-DE')} Zeichen` })
    .refine(isCleanText, { error: (issue) => cleanTextMessage(what, String(issue.input)) });
}

/** A text that must not be empty (after trimming). */
export function requiredText(what: string, max = TEXT_MAX): z.ZodString {
  return plainText(what, max)
    .trim()
    .min(1, { error: `${what} darf nicht leer sein` });
}

/** An id-like text (unit, metric, target): not empty, short, clean. */
export function key(what: string, max = KEY_MAX): z.ZodString {
  return plainText(what, max).min(1, { error: `${what} fehlt` });
}

/** A positive int4 (database ids, row versions, version numbers) in a JSON body. */
export function positiveInt(what: string): z.ZodNumber {
  return boundedInt(what, 1, INT4_MAX);
}

/** An integer in [min, max] in a JSON body. */
export function boundedInt(what: string, min: number, max: number): z.ZodNumber {
  // the range first: 2^53 is "too large", not "not an integer"
  return z
    .number({ error: `${what}: ganze Zahl erwartet` })
    .min(min, { error: `${what}: mindestens ${min}`, abort: true })
    .max(max, { error: `${what}: höchstens ${max}`, abort: true })
    .int({ error: `${what}: ganze Zahl erwartet` });
}

/** A positive int4 in a query string ("12"). */
export function queryPositiveInt(what: string): z.ZodCoercedNumber<unknown> {
  return queryInt(what, 1, INT4_MAX);
}

/** An integer in [min, max] in a query string. */
export function queryInt(what: string, min: number, max: number): z.ZodCoercedNumber<unknown> {
  return z.coerce
    .number({ error: `${what}: ganze Zahl erwartet` })
    .min(min, { error: `${what}: mindestens ${min}`, abort: true })
    .max(max, { error: `${what}: höchstens ${max}`, abort: true })
    .int({ error: `${what}: ganze Zahl erwartet` });
}

/** "latest" or the number of a Datenstand, in a query string. */
export function datenstandRef() {
  return z
    .union([z.literal('latest'), queryPositiveInt('Datenstand')], {
      error: 'Datenstand: „latest“ oder die Nummer eines Datenstands erwartet',
    })
    .default('latest')
    .describe('Datenstand: latest (je Wert der neueste) oder die Nummer eines Datenstands');
}

function yearInRange(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return year >= YEAR_MIN && year <= YEAR_MAX;
}

/** A calendar date YYYY-MM-DD that exists (no 2014-02-30) in the years 1900–2200. */
export function calendarDate(what: string): z.ZodISODate {
  return z.iso
    .date({ error: `${what}: Datum im Format JJJJ-MM-TT erwartet`, abort: true })
    .refine(yearInRange, { error: `${what}: Jahr zwischen ${YEAR_MIN} und ${YEAR_MAX} erwartet` });
}

/** A month YYYY-MM in the years 1900–2200. */
export function calendarMonth(what: string): z.ZodString {
  return z
    .string({ error: `${what}: Monat im Format JJJJ-MM erwartet` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
      error: `${what}: Monat im Format JJJJ-MM erwartet`,
      abort: true,
    })
    .refine(yearInRange, { error: `${what}: Jahr zwischen ${YEAR_MIN} und ${YEAR_MAX} erwartet` });
}
