-- Step 2: the eLb stock, one row per person and Stichtag, and what §2 says of the person at
-- that Stichtag (LZB, activation), with the neighbouring months for the LZB flows and the
-- integration window.

-- Assignment (§2): the elb_zeiten row covering St(m); among several, the latest von, then
-- the smallest einheit_id as a string (byte order, hence COLLATE "C"), then the earlier row.
CREATE UNLOGGED TABLE bestand AS
SELECT DISTINCT ON (z.person_id, m.mi)
       z.person_id, m.mi, z.einheit_id AS blatt_id, z.alleinerziehend = 1 AS ae
FROM elb_zeiten z
JOIN monate m ON m.st >= z.von AND (z.bis IS NULL OR m.st <= z.bis)
WHERE m.st_ok
ORDER BY z.person_id, m.mi, z.von DESC, z.einheit_id COLLATE "C", z.rn;
ANALYZE bestand;

-- eLb days D(p,t): the person's elb_zeiten rows in any unit merged into disjoint covered
-- stretches (rows that overlap or touch form one stretch), so that overlaps count once.
CREATE UNLOGGED TABLE elb_strecken AS
WITH geordnet AS (
  SELECT person_id, von, coalesce(bis, 'infinity') AS bis,
         max(coalesce(bis, 'infinity')) OVER (
           PARTITION BY person_id ORDER BY von, bis
           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS bisher_bis
  FROM elb_zeiten
), nummeriert AS (
  SELECT person_id, von, bis,
         count(*) FILTER (WHERE bisher_bis IS NULL OR von > bisher_bis + 1) OVER (
           PARTITION BY person_id ORDER BY von, bis ROWS UNBOUNDED PRECEDING) AS strecke
  FROM geordnet
)
SELECT person_id, min(von) AS von, max(bis) AS bis FROM nummeriert GROUP BY person_id, strecke;
ANALYZE elb_strecken;

-- D(p, St(m)) = covered days in [St(m) − 729, St(m)], for every stock row.
CREATE UNLOGGED TABLE elb_tage AS
SELECT b.person_id, b.mi, b.blatt_id, b.ae, m.st,
       sum(least(s.bis, m.st) - greatest(s.von, m.st - 729) + 1) AS tage
FROM bestand b
JOIN monate m ON m.mi = b.mi
JOIN elb_strecken s ON s.person_id = b.person_id AND s.von <= m.st AND s.bis >= m.st - 729
GROUP BY b.person_id, b.mi, b.blatt_id, b.ae, m.st;
ANALYZE elb_tage;

-- A measure of aktive Arbeitsförderung (kategorie aktiv or oeffentlich_gefoerdert) covers St(m).
CREATE UNLOGGED TABLE aktiv AS
SELECT DISTINCT b.person_id, b.mi
FROM bestand b
JOIN monate m ON m.mi = b.mi
JOIN massnahmen x ON x.person_id = b.person_id AND x.von <= m.st AND (x.bis IS NULL OR x.bis >= m.st)
WHERE x.kategorie IN ('aktiv', 'oeffentlich_gefoerdert');
ANALYZE aktiv;

-- LZB: at least 638 eLb days of 730 and aged 17 at St(m).
CREATE UNLOGGED TABLE person_monat AS
WITH basis AS (
  SELECT d.person_id, d.mi, d.blatt_id, d.ae, p.geschlecht,
         d.tage >= 638 AND d.st >= geburtstag_17(p.geburtsdatum) AS lzb,
         a.person_id IS NOT NULL AS aktiv
  FROM elb_tage d
  JOIN personen p ON p.person_id = d.person_id
  LEFT JOIN aktiv a ON a.person_id = d.person_id AND a.mi = d.mi
)
-- The person's unit one month before (NULL = not in stock; the integration window needs it)
-- and LZB status one month before and after (false = not in stock).
SELECT basis.*,
       CASE WHEN lag(mi) OVER w = mi - 1 THEN lag(blatt_id) OVER w END AS blatt_vor,
       coalesce(lag(mi) OVER w = mi - 1 AND lag(lzb) OVER w, false) AS lzb_vor,
       coalesce(lead(mi) OVER w = mi + 1 AND lead(lzb) OVER w, false) AS lzb_nach
FROM basis
WINDOW w AS (PARTITION BY person_id ORDER BY mi);
ANALYZE person_monat;
