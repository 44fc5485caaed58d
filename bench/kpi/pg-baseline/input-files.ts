/**
 * The microdata files of kennzahlen.md §1 as the PostgreSQL baseline loads them: file name
 * (without extension) and the columns in the order of the tables in schema.sql.
 */
export interface InputFile {
  name: string;
  columns: readonly string[];
  /** `stichtage` may be absent (default Stichtag: the 15th). */
  optional: boolean;
}

export const INPUT_FILES: readonly InputFile[] = [
  { name: 'einheiten', columns: ['id', 'name', 'ebene', 'parent_id'], optional: false },
  { name: 'personen', columns: ['person_id', 'geschlecht', 'geburtsdatum'], optional: false },
  {
    name: 'elb_zeiten',
    columns: ['person_id', 'einheit_id', 'bg_id', 'von', 'bis', 'alleinerziehend'],
    optional: false,
  },
  { name: 'leistungen', columns: ['bg_id', 'einheit_id', 'monat', 'llu', 'luh'], optional: false },
  { name: 'beschaeftigungen', columns: ['person_id', 'art', 'von', 'bis'], optional: false },
  {
    name: 'massnahmen',
    columns: ['person_id', 'kategorie', 'instrument', 'von', 'bis'],
    optional: false,
  },
  { name: 'stichtage', columns: ['monat', 'stichtag'], optional: true },
];
