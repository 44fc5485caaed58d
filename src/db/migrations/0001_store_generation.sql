CREATE TABLE "store_generation" (
	"single" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "store_generation" ADD CONSTRAINT "store_generation_single" CHECK ("single");--> statement-breakpoint
INSERT INTO "store_generation" ("single", "n") VALUES (true, 0);--> statement-breakpoint
-- Every statement that changes what the services read moves the generation on. The row lock is
-- held until commit, so a reader sees the new generation only together with the new data.
CREATE FUNCTION "bump_store_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "store_generation" SET "n" = "n" + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['units', 'unit_links', 'unit_comparison_types', 'unit_neighbours', 'datenstaende', 'metric_values',
    'local_indicators', 'agreements', 'agreement_versions', 'agreement_events', 'framework_changes', 'assessments', 'users'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_store_generation"()', t || '_generation', t);
  END LOOP;
END $$;
