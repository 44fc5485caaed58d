/**
 * How a withheld figure is marked, everywhere (API, web, reports, exports): one mark and one note,
 * with no reason — a reason would tell which withheld figure is the small one.
 */

/** the value of `suppressed` on a withheld figure in every answer of the API */
export const PROTECTED = 'geschuetzt' as const;
export type ProtectionMark = typeof PROTECTED;

/** the symbol shown in place of a withheld figure */
export const PROTECTED_SYMBOL = '•';

/** the legend of the symbol, in tables, charts, exports and documents alike */
export const PROTECTION_NOTE =
  'Geschützter Wert: Ohne Berechtigung für Sozialdaten werden Zahlen örtlicher Jobcenter, die auf 1 oder 2 Personen oder Ereignissen beruhen oder aus denen sich solche zurückrechnen ließen, nicht gezeigt (§ 35 SGB I, §§ 67 ff. SGB X).';
