-- Step 5: counts per unit (every level), month and sex. A person counts in its unit and every
-- ancestor; a person of other sex counts in insgesamt only, only the exact codes m and w are
-- split (§2). Persons are first counted per leaf, then the leaf counts are added up to every
-- ancestor. The eLb flows are counted from the status periods, which exist on every level.

CREATE UNLOGGED TABLE zaehlung_blatt AS
SELECT pm.blatt_id, pm.mi, s.geschlecht,
       count(*) AS elb,
       count(*) FILTER (WHERE pm.ae) AS elb_ae,
       count(*) FILTER (WHERE pm.lzb) AS lzb,
       count(*) FILTER (WHERE pm.lzb AND NOT pm.lzb_vor) AS zugang_lzb,
       count(*) FILTER (WHERE pm.lzb AND NOT pm.lzb_nach) AS abgang_lzb_danach,
       count(*) FILTER (WHERE pm.lzb AND pm.aktiv) AS lzb_aktiv
FROM person_monat pm
CROSS JOIN LATERAL (VALUES ('insgesamt'), (CASE WHEN pm.geschlecht IN ('m', 'w') THEN pm.geschlecht END)) s (geschlecht)
WHERE s.geschlecht IS NOT NULL
GROUP BY pm.blatt_id, pm.mi, s.geschlecht;
ANALYZE zaehlung_blatt;

-- Stocks and LZB Zugänge of month m.
CREATE UNLOGGED TABLE zaehlung_bestand AS
SELECT v.einheit_id, z.mi, z.geschlecht,
       sum(z.elb) AS elb,
       sum(z.elb_ae) AS elb_ae,
       sum(z.lzb) AS lzb,
       sum(z.zugang_lzb) AS zugang_lzb,
       sum(z.lzb_aktiv) AS lzb_aktiv
FROM zaehlung_blatt z
JOIN vorfahren v ON v.blatt_id = z.blatt_id
GROUP BY v.einheit_id, z.mi, z.geschlecht;

-- LZB Abgänge of month m+1, counted from the stock at m (LZB flows compare two stocks).
CREATE UNLOGGED TABLE zaehlung_abgang AS
SELECT v.einheit_id, z.mi + 1 AS mi, z.geschlecht,
       sum(z.abgang_lzb_danach) AS abgang_lzb
FROM zaehlung_blatt z
JOIN vorfahren v ON v.blatt_id = z.blatt_id
GROUP BY v.einheit_id, z.mi + 1, z.geschlecht;

-- eLb Zugänge and Abgänge of month m (movement concept): the status periods of u that begin
-- in (St(m−1), St(m)], and those whose last day lies in [St(m−1), St(m)). Every period counts,
-- so a person may count several times in one month. Periods exist on every level, so a move
-- between örtliche Jobcenter is a flow of each of them and none of the Träger.
CREATE UNLOGGED TABLE zaehlung_fluss AS
WITH bewegung AS (
  SELECT p.person_id, p.einheit_id, f.mi, 'ZUGANG_ELB' AS groesse
  FROM status_perioden p
  JOIN fluss_tage f ON f.tag = p.von AND f.zugang
  UNION ALL
  SELECT p.person_id, p.einheit_id, f.mi, 'ABGANG_ELB' AS groesse
  FROM status_perioden p
  JOIN fluss_tage f ON f.tag = p.bis AND f.abgang
)
SELECT b.einheit_id, b.mi, s.geschlecht, b.groesse, count(*) AS wert
FROM bewegung b
JOIN personen pe ON pe.person_id = b.person_id
CROSS JOIN LATERAL (VALUES ('insgesamt'), (CASE WHEN pe.geschlecht IN ('m', 'w') THEN pe.geschlecht END)) s (geschlecht)
WHERE s.geschlecht IS NOT NULL
GROUP BY b.einheit_id, b.mi, s.geschlecht, b.groesse;

-- Integrations and entries of month m, in the unit and with the status of m−1.
CREATE UNLOGGED TABLE zaehlung_ereignis AS
SELECT v.einheit_id, e.mi, s.geschlecht,
       count(*) FILTER (WHERE e.int) AS int,
       count(*) FILTER (WHERE e.int_svb) AS int_svb,
       count(*) FILTER (WHERE e.int AND e.ae) AS int_ae,
       count(*) FILTER (WHERE e.int AND e.lzb) AS int_lzb,
       count(*) FILTER (WHERE e.ein_gb) AS ein_gb,
       count(*) FILTER (WHERE e.ein_oeg) AS ein_oeg,
       count(*) FILTER (WHERE e.nachhaltig) AS int_nachhaltig,
       count(*) FILTER (WHERE e.kontinuierlich) AS int_kontinuierlich,
       count(*) FILTER (WHERE e.bedarfsdeckend) AS int_bedarfsdeckend
FROM ereignis e
JOIN vorfahren v ON v.blatt_id = e.blatt_id
CROSS JOIN LATERAL (VALUES ('insgesamt'), (CASE WHEN e.geschlecht IN ('m', 'w') THEN e.geschlecht END)) s (geschlecht)
WHERE s.geschlecht IS NOT NULL
GROUP BY v.einheit_id, e.mi, s.geschlecht;

-- Money (insgesamt only): the rows of u's subtree and month; rows of one BG, unit and month add up.
CREATE UNLOGGED TABLE zaehlung_geld AS
WITH je_einheit AS (
  SELECT einheit_id, monat, sum(llu) AS llu, sum(luh) AS luh FROM leistungen GROUP BY einheit_id, monat
)
SELECT v.einheit_id, monat_index(to_date(l.monat, 'YYYY-MM')) AS mi, sum(l.llu) AS llu, sum(l.luh) AS luh
FROM je_einheit l
JOIN vorfahren v ON v.blatt_id = l.einheit_id
GROUP BY v.einheit_id, monat_index(to_date(l.monat, 'YYYY-MM'));

-- All counts in long format.
CREATE UNLOGGED TABLE zaehlung AS
SELECT z.einheit_id, z.mi, z.geschlecht, q.groesse, q.wert
FROM zaehlung_bestand z
CROSS JOIN LATERAL (VALUES ('ELB', z.elb), ('ELB_AE', z.elb_ae),
  ('LZB', z.lzb), ('ZUGANG_LZB', z.zugang_lzb), ('LZB_AKTIV', z.lzb_aktiv)) q (groesse, wert)
UNION ALL
SELECT z.einheit_id, z.mi, z.geschlecht, 'ABGANG_LZB', z.abgang_lzb
FROM zaehlung_abgang z
UNION ALL
SELECT z.einheit_id, z.mi, z.geschlecht, z.groesse, z.wert
FROM zaehlung_fluss z
UNION ALL
SELECT z.einheit_id, z.mi, z.geschlecht, q.groesse, q.wert
FROM zaehlung_ereignis z
CROSS JOIN LATERAL (VALUES ('INT', z.int), ('INT_SVB', z.int_svb), ('INT_AE', z.int_ae), ('INT_LZB', z.int_lzb),
  ('EIN_GB', z.ein_gb), ('EIN_OEG', z.ein_oeg), ('INT_NACHHALTIG', z.int_nachhaltig),
  ('INT_KONTINUIERLICH', z.int_kontinuierlich), ('INT_BEDARFSDECKEND', z.int_bedarfsdeckend)) q (groesse, wert)
UNION ALL
SELECT z.einheit_id, z.mi, 'insgesamt', q.groesse, q.wert
FROM zaehlung_geld z
CROSS JOIN LATERAL (VALUES ('LLU', z.llu), ('LUH', z.luh)) q (groesse, wert);
ANALYZE zaehlung;
