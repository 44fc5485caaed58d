-- Step 6: the result in long format, one row per unit, output month, sex and base quantity;
-- wert NULL = missing because the quantity needs a month or day outside the observation
-- period (§1, §2), otherwise the count (0 if nobody) or the euro sum (0 without rows).

-- Which neighbouring months each quantity needs, per month m.
CREATE UNLOGGED TABLE beobachtbar AS
SELECT m.mi,
       m.st_ok AS bestand,
       m.st_ok AND v1.st_ok AS fluss,
       m.lzb_ok AS lzb,
       m.lzb_ok AND v1.lzb_ok AS lzb_fluss,
       m.st_ok AND v1.st_ok AND v2.st_ok AS fenster,
       m.st_ok AND v1.st_ok AND v2.st_ok AND v1.lzb_ok AS int_lzb,
       m.st_ok AND v1.st_ok AND v2.st_ok AND n12.st_ok AS nachhaltig,
       m.st_ok AND v1.st_ok AND v2.st_ok
         AND (SELECT bool_and(k.st_ok) FROM monate k WHERE k.mi BETWEEN m.mi + 1 AND m.mi + 6) AS kontinuierlich,
       m.st_ok AND v1.st_ok AND v2.st_ok AND n3.st_ok AS bedarfsdeckend,
       m.monat_ok AS geld
FROM monate m
JOIN monate v1 ON v1.mi = m.mi - 1
JOIN monate v2 ON v2.mi = m.mi - 2
JOIN monate n3 ON n3.mi = m.mi + 3
JOIN monate n12 ON n12.mi = m.mi + 12;

CREATE UNLOGGED TABLE ergebnis AS
SELECT e.id AS einheit_id, monat_text(b.mi) AS monat, s.geschlecht, q.groesse,
       CASE WHEN CASE q.groesse
                   WHEN 'ELB' THEN b.bestand WHEN 'ELB_AE' THEN b.bestand
                   WHEN 'ZUGANG_ELB' THEN b.fluss WHEN 'ABGANG_ELB' THEN b.fluss
                   WHEN 'LZB' THEN b.lzb WHEN 'LZB_AKTIV' THEN b.lzb
                   WHEN 'ZUGANG_LZB' THEN b.lzb_fluss WHEN 'ABGANG_LZB' THEN b.lzb_fluss
                   WHEN 'INT_LZB' THEN b.int_lzb
                   WHEN 'INT_NACHHALTIG' THEN b.nachhaltig
                   WHEN 'INT_KONTINUIERLICH' THEN b.kontinuierlich
                   WHEN 'INT_BEDARFSDECKEND' THEN b.bedarfsdeckend
                   WHEN 'LLU' THEN b.geld WHEN 'LUH' THEN b.geld
                   ELSE b.fenster -- INT, INT_SVB, INT_AE, EIN_GB, EIN_OEG
                 END
            THEN coalesce(z.wert, 0) END AS wert
FROM einheiten e
CROSS JOIN bench_params p
JOIN beobachtbar b ON b.mi BETWEEN monat_index(to_date(p.out_from, 'YYYY-MM')) AND monat_index(to_date(p.out_to, 'YYYY-MM'))
CROSS JOIN (VALUES ('insgesamt'), ('m'), ('w')) s (geschlecht)
CROSS JOIN (VALUES
  ('ELB'), ('ELB_AE'), ('ZUGANG_ELB'), ('ABGANG_ELB'), ('LZB'), ('ZUGANG_LZB'), ('ABGANG_LZB'),
  ('LZB_AKTIV'), ('INT'), ('INT_SVB'), ('INT_AE'), ('INT_LZB'), ('EIN_GB'), ('EIN_OEG'),
  ('INT_NACHHALTIG'), ('INT_KONTINUIERLICH'), ('INT_BEDARFSDECKEND'), ('LLU'), ('LUH')) q (groesse)
LEFT JOIN zaehlung z ON z.einheit_id = e.id AND z.mi = b.mi AND z.geschlecht = s.geschlecht AND z.groesse = q.groesse
WHERE s.geschlecht = 'insgesamt' OR q.groesse NOT IN ('LLU', 'LUH');
