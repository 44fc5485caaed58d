-- Owners of local indicators: an indicator belongs to the unit that defined it and only that unit
-- changes it. Existing indicators go to the steering party of the earliest agreement that names
-- them, else to the Bund.
ALTER TABLE "local_indicators" ADD COLUMN "owner_unit_id" text;--> statement-breakpoint
UPDATE "local_indicators" li SET "owner_unit_id" = coalesce(
  (SELECT a."steering_unit_id" FROM "agreements" a
     JOIN "agreement_versions" v ON v."agreement_id" = a."id"
    WHERE v."content"::text LIKE '%"' || li."id" || '"%'
    ORDER BY a."year", a."id" LIMIT 1),
  (SELECT u."id" FROM "units" u WHERE u."kind" = 'bund' ORDER BY u."id" LIMIT 1));--> statement-breakpoint
ALTER TABLE "local_indicators" ALTER COLUMN "owner_unit_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "local_indicators" ADD CONSTRAINT "local_indicators_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Import rights per source; existing accounts keep what their role could load before.
ALTER TABLE "users" ADD COLUMN "import_sources" "value_source"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
UPDATE "users" SET "import_sources" = CASE "role"
  WHEN 'ministerium' THEN '{ba_veroeffentlichung,mikrodaten,manuell}'::"value_source"[]
  WHEN 'traeger' THEN '{mikrodaten,manuell}'::"value_source"[]
  WHEN 'jobcenter' THEN '{manuell}'::"value_source"[]
  ELSE '{}'::"value_source"[] END;
