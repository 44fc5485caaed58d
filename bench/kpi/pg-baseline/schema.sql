-- Input tables of the PostgreSQL baseline: the files of kennzahlen.md §1, one table each,
-- loaded with COPY in file order. Not part of the timed SQL.

CREATE TABLE einheiten (id text PRIMARY KEY, name text, ebene text, parent_id text);
CREATE TABLE personen (person_id text PRIMARY KEY, geschlecht text, geburtsdatum date);
-- rn: the row's position in the file, the last tie-break of the assignment rule (§2).
CREATE TABLE elb_zeiten (
  rn bigint GENERATED ALWAYS AS IDENTITY,
  person_id text, einheit_id text, bg_id text, von date, bis date, alleinerziehend smallint
);
CREATE TABLE leistungen (bg_id text, einheit_id text, monat text, llu numeric, luh numeric);
CREATE TABLE beschaeftigungen (person_id text, art text, von date, bis date);
CREATE TABLE massnahmen (person_id text, kategorie text, instrument text, von date, bis date);
CREATE TABLE stichtage (monat text PRIMARY KEY, stichtag date);
-- First and last month ('YYYY-MM') of base quantities to output.
CREATE TABLE bench_params (out_from text NOT NULL, out_to text NOT NULL);
