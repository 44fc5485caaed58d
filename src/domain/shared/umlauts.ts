/**
 * German umlauts and ß as Germans write them without umlauts (ä → ae, Ä → Ae, ß → ss, ẞ → SS):
 * for ASCII names made from German text (download file names, Kennungen of local indicators).
 */
const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
};

export function transliterateUmlauts(text: string): string {
  return text.replace(/[äöüÄÖÜßẞ]/g, (ch) => TRANSLITERATION[ch] ?? ch);
}
