-- Step 4: integrations and entries (§2, integration window), one row per person and report
-- month m, built from the person's stock row at m−1 (unit, sex and status are those of m−1).

-- Window (St(m−1), St(m)]; (St(m−2), St(m)] if the person was in no unit's stock at m−2.
CREATE UNLOGGED TABLE fenster AS
SELECT pm.person_id, pm.mi + 1 AS mi, pm.blatt_id, pm.geschlecht, pm.ae, pm.lzb,
       CASE WHEN pm.blatt_vor IS NULL THEN m2.st ELSE m1.st END AS ab,
       m0.st AS bis
FROM person_monat pm
JOIN monate m2 ON m2.mi = pm.mi - 1
JOIN monate m1 ON m1.mi = pm.mi
JOIN monate m0 ON m0.mi = pm.mi + 1;
ANALYZE fenster;

-- The counted start: the earliest in the window; ties svb, then ausbildung, then selbstaendig.
-- A start on a day covered by a publicly funded measure of the person is no candidate.
CREATE UNLOGGED TABLE integration AS
SELECT DISTINCT ON (f.person_id, f.mi) f.person_id, f.mi, b.art
FROM fenster f
JOIN beschaeftigungen b ON b.person_id = f.person_id AND b.von > f.ab AND b.von <= f.bis
WHERE b.art IN ('svb', 'ausbildung', 'selbstaendig')
  AND NOT EXISTS (
    SELECT 1 FROM massnahmen x
    WHERE x.person_id = b.person_id AND x.kategorie = 'oeffentlich_gefoerdert'
      AND x.von <= b.von AND (x.bis IS NULL OR b.von <= x.bis))
ORDER BY f.person_id, f.mi, b.von, array_position(ARRAY['svb', 'ausbildung', 'selbstaendig'], b.art);
ANALYZE integration;

CREATE UNLOGGED TABLE eintritt_gb AS
SELECT DISTINCT f.person_id, f.mi
FROM fenster f
JOIN beschaeftigungen b ON b.person_id = f.person_id AND b.von > f.ab AND b.von <= f.bis
WHERE b.art = 'geringfuegig';

CREATE UNLOGGED TABLE eintritt_oeg AS
SELECT DISTINCT f.person_id, f.mi
FROM fenster f
JOIN massnahmen x ON x.person_id = f.person_id AND x.von > f.ab AND x.von <= f.bis
WHERE x.kategorie = 'oeffentlich_gefoerdert';

-- svb coverage at the Stichtage after an svb integration (any svb rows): St(m+12) for
-- nachhaltig, each of St(m+1) … St(m+6) for kontinuierlich.
CREATE UNLOGGED TABLE svb_folge AS
SELECT i.person_id, i.mi,
       bool_or(k.mi = i.mi + 12) AS nachhaltig,
       count(*) FILTER (WHERE k.mi BETWEEN i.mi + 1 AND i.mi + 6) = 6 AS kontinuierlich
FROM integration i
JOIN monate k ON k.mi BETWEEN i.mi + 1 AND i.mi + 12
WHERE i.art = 'svb'
  AND EXISTS (
    SELECT 1 FROM beschaeftigungen b
    WHERE b.person_id = i.person_id AND b.art = 'svb'
      AND b.von <= k.st AND (b.bis IS NULL OR b.bis >= k.st))
GROUP BY i.person_id, i.mi;

-- One row per person and month with any event, with the status of m−1.
CREATE UNLOGGED TABLE ereignis AS
WITH schluessel AS (
  SELECT person_id, mi FROM integration
  UNION SELECT person_id, mi FROM eintritt_gb
  UNION SELECT person_id, mi FROM eintritt_oeg
)
SELECT f.person_id, f.mi, f.blatt_id, f.geschlecht, f.ae, f.lzb,
       gb.person_id IS NOT NULL AS ein_gb,
       oeg.person_id IS NOT NULL AS ein_oeg,
       i.art IS NOT NULL AS int,
       coalesce(i.art = 'svb', false) AS int_svb,
       coalesce(i.art = 'svb' AND s.nachhaltig, false) AS nachhaltig,
       coalesce(i.art = 'svb' AND s.kontinuierlich, false) AS kontinuierlich,
       -- bedarfsdeckend: in no unit's stock at St(m+3)
       i.art IS NOT NULL AND b3.person_id IS NULL AS bedarfsdeckend
FROM schluessel k
JOIN fenster f ON f.person_id = k.person_id AND f.mi = k.mi
LEFT JOIN integration i ON i.person_id = k.person_id AND i.mi = k.mi
LEFT JOIN eintritt_gb gb ON gb.person_id = k.person_id AND gb.mi = k.mi
LEFT JOIN eintritt_oeg oeg ON oeg.person_id = k.person_id AND oeg.mi = k.mi
LEFT JOIN svb_folge s ON s.person_id = k.person_id AND s.mi = k.mi
LEFT JOIN bestand b3 ON b3.person_id = k.person_id AND b3.mi = k.mi + 3;
ANALYZE ereignis;
