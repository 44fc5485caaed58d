-- Step 3: eLb status periods (§2, movement concept), from which ZUGANG_ELB and ABGANG_ELB
-- are counted. A status period of person p in unit u is a maximal run of consecutive days on
-- each of which p is assigned to u or to a unit in u's subtree. A day's assignment is the
-- rule of the Stichtag applied to the rows covering that day.

-- Elementary intervals of each person: the stretches between the sorted boundaries
-- {von, bis + 1} of the person's rows. No row begins or ends inside an interval, so the same
-- rows cover every day of it. bis NULL: the last interval runs on for ever (open bis).
CREATE UNLOGGED TABLE elb_intervalle AS
WITH grenzen AS (
  SELECT person_id, von AS tag FROM elb_zeiten
  UNION
  SELECT person_id, bis + 1 FROM elb_zeiten WHERE bis IS NOT NULL
)
SELECT person_id, tag AS von, lead(tag) OVER (PARTITION BY person_id ORDER BY tag) - 1 AS bis
FROM grenzen;

-- The leaf a person is assigned to on each interval: among the rows covering it (those that
-- cover its first day), the latest von, then the smallest einheit_id as a string (byte
-- order, COLLATE "C"), then the earlier row. Intervals no row covers (gaps) drop out.
CREATE UNLOGGED TABLE zuordnung_intervall AS
SELECT DISTINCT ON (i.person_id, i.von)
       i.person_id, i.von, i.bis, z.einheit_id AS blatt_id
FROM elb_intervalle i
JOIN elb_zeiten z
  ON z.person_id = i.person_id AND z.von <= i.von AND (z.bis IS NULL OR z.bis >= i.von)
ORDER BY i.person_id, i.von, z.von DESC, z.einheit_id COLLATE "C", z.rn;
ANALYZE zuordnung_intervall;

-- Status periods on every level: per person and unit u (the leaf and each ancestor), the
-- intervals whose leaf lies in u's subtree, merged while one begins the day after the
-- previous one ends (gaps and islands: a gap of one day or more, or a day assigned outside
-- u's subtree, starts a new period). bis NULL: the period never ends.
CREATE UNLOGGED TABLE status_perioden AS
WITH je_einheit AS (
  SELECT z.person_id, v.einheit_id, z.von, z.bis,
         lag(z.bis) OVER (PARTITION BY z.person_id, v.einheit_id ORDER BY z.von) AS bis_davor
  FROM zuordnung_intervall z
  JOIN vorfahren v ON v.blatt_id = z.blatt_id
), nummeriert AS (
  SELECT person_id, einheit_id, von, bis,
         count(*) FILTER (WHERE bis_davor IS NULL OR von > bis_davor + 1) OVER (
           PARTITION BY person_id, einheit_id ORDER BY von ROWS UNBOUNDED PRECEDING) AS periode
  FROM je_einheit
)
SELECT person_id, einheit_id, min(von) AS von,
       CASE WHEN bool_or(bis IS NULL) THEN NULL ELSE max(bis) END AS bis
FROM nummeriert
GROUP BY person_id, einheit_id, periode;
ANALYZE status_perioden;
