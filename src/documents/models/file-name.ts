/**
 * File names for downloads: ASCII only (Content-Disposition `filename=` and every file system
 * take it), German umlauts transliterated as Germans write them without umlauts (ä → ae, ß → ss).
 */
import { transliterateUmlauts } from '../../domain/shared/umlauts.ts';

/** "Zielvereinbarung 2014 Kreis Borken – Ahaus/Süd" → "Zielvereinbarung_2014_Kreis_Borken_Ahaus_Sued". */
export function toAsciiFileName(text: string): string {
  const ascii = transliterateUmlauts(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const name = ascii
    .replace(/[^A-Za-z0-9.-]+/g, '_')
    .replace(/^[_.-]+|[_.-]+$/g, '')
    .replace(/_{2,}/g, '_');
  return name === '' ? 'Dokument' : name.slice(0, 120);
}
