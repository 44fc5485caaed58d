-- What a DBA adds after loading the input: lookups by person, statistics for the planner.
-- Run after COPY, before the timed SQL (reported as part of the load).

CREATE INDEX ON elb_zeiten (person_id);
CREATE INDEX ON beschaeftigungen (person_id, art, von);
CREATE INDEX ON massnahmen (person_id, kategorie, von);
CREATE INDEX ON leistungen (einheit_id, monat);
ANALYZE;
