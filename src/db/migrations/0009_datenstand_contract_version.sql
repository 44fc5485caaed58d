ALTER TABLE "datenstaende" ADD COLUMN "kennzahlen_vertrag" integer;--> statement-breakpoint
-- Datenstände from microdata stored before the column were computed by version 1 of the
-- Kennzahlen contract (domain/kpi/contract-version.ts); BA publications and manual entries were
-- not computed here and stay null.
UPDATE "datenstaende" SET "kennzahlen_vertrag" = 1 WHERE "source" = 'mikrodaten';--> statement-breakpoint
ALTER TABLE "datenstaende" ADD CONSTRAINT "datenstaende_kennzahlen_vertrag" CHECK ("datenstaende"."kennzahlen_vertrag" IS NULL OR ("datenstaende"."source" = 'mikrodaten' AND "datenstaende"."kennzahlen_vertrag" >= 1));
