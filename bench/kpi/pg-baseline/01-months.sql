-- Step 1: helper functions, observation period and Stichtage (kennzahlen.md §1, §2).
-- Months are counted as integers (year·12 + month − 1) so that m−1, m+12 are plain arithmetic.

CREATE FUNCTION monat_index(d date) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN extract(year FROM d)::int * 12 + extract(month FROM d)::int - 1;

CREATE FUNCTION monat_text(mi int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN to_char(make_date(mi / 12, mi % 12 + 1, 1), 'YYYY-MM');

-- The 17th birthday; a 29 February birthday falls on 1 March in a non-leap year (§2, LZB).
CREATE FUNCTION geburtstag_17(geb date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN extract(month FROM geb) = 2 AND extract(day FROM geb) = 29
     AND make_date(extract(year FROM geb)::int + 17, 3, 1) - make_date(extract(year FROM geb)::int + 17, 2, 1) = 28
    THEN make_date(extract(year FROM geb)::int + 17, 3, 1)
    ELSE (geb + interval '17 years')::date
  END;

-- Observation period: first to last month of any date or month in the four event files;
-- an open bis adds nothing (PostgreSQL's greatest() skips NULL).
CREATE UNLOGGED TABLE beobachtung AS
WITH grenzen (erster, letzter) AS (
  SELECT min(von), max(greatest(von, bis)) FROM elb_zeiten
  UNION ALL SELECT min(von), max(greatest(von, bis)) FROM beschaeftigungen
  UNION ALL SELECT min(von), max(greatest(von, bis)) FROM massnahmen
  UNION ALL SELECT to_date(min(monat), 'YYYY-MM'), to_date(max(monat), 'YYYY-MM') FROM leistungen
)
SELECT monat_index(min(erster)) AS erster, monat_index(max(letzter)) AS letzter FROM grenzen;

-- Every month the output needs: two before the first output month (window start St(m−2)),
-- twelve after the last (follow-up St(m+12)). st_ok: St(m) lies inside the observation
-- period; lzb_ok: St(m) − 729 does too (§2, LZB); monat_ok: the month itself (money).
CREATE UNLOGGED TABLE monate AS
SELECT g.mi,
       t.st,
       monat_index(t.st) BETWEEN b.erster AND b.letzter AS st_ok,
       monat_index(t.st) BETWEEN b.erster AND b.letzter
         AND monat_index(t.st - 729) BETWEEN b.erster AND b.letzter AS lzb_ok,
       g.mi BETWEEN b.erster AND b.letzter AS monat_ok
FROM bench_params p
CROSS JOIN beobachtung b
CROSS JOIN LATERAL generate_series(
  monat_index(to_date(p.out_from, 'YYYY-MM')) - 2,
  monat_index(to_date(p.out_to, 'YYYY-MM')) + 12) AS g (mi)
LEFT JOIN stichtage s ON s.monat = monat_text(g.mi)
CROSS JOIN LATERAL (SELECT coalesce(s.stichtag, make_date(g.mi / 12, g.mi % 12 + 1, 15)) AS st) t;
ALTER TABLE monate ADD PRIMARY KEY (mi);
ANALYZE monate;

-- The days between two Stichtage, for the eLb flows of month m (§2, movement concept): a
-- status period that begins on a day of (St(m−1), St(m)] is a Zugang of m, one that ends
-- (has its last day) on a day of [St(m−1), St(m)) an Abgang of m.
CREATE UNLOGGED TABLE fluss_tage AS
SELECT m.mi, v.st + k.n AS tag, v.st + k.n > v.st AS zugang, v.st + k.n < m.st AS abgang
FROM monate m
JOIN monate v ON v.mi = m.mi - 1
CROSS JOIN LATERAL generate_series(0, m.st - v.st) AS k (n);
ANALYZE fluss_tage;

-- Every unit with itself and all its ancestors: a person or a leistungen row counts in its
-- unit and every ancestor (§2).
CREATE UNLOGGED TABLE vorfahren AS
WITH RECURSIVE a (blatt_id, einheit_id, parent_id) AS (
  SELECT id, id, parent_id FROM einheiten
  UNION ALL
  SELECT a.blatt_id, e.id, e.parent_id FROM a JOIN einheiten e ON e.id = a.parent_id
)
SELECT blatt_id, einheit_id FROM a;
ALTER TABLE vorfahren ADD PRIMARY KEY (blatt_id, einheit_id);
ANALYZE vorfahren;
