ALTER TYPE "public"."unit_kind" ADD VALUE 'bmas';--> statement-breakpoint
ALTER TYPE "public"."unit_kind" ADD VALUE 'ba';--> statement-breakpoint
ALTER TYPE "public"."unit_kind" ADD VALUE 'regionaldirektion';--> statement-breakpoint
ALTER TYPE "public"."unit_kind" ADD VALUE 'agentur';--> statement-breakpoint
ALTER TYPE "public"."unit_kind" ADD VALUE 'kommune';--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "regionalschluessel" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "dienststelle" text;--> statement-breakpoint
-- Agreements before sides: a tuple of two parties [steering, target] without "side". Each
-- stored version gets side 0 and 1 (a signature's party index 0/1 keeps its meaning); the row
-- lists the parties with their sides (domain/agreements/parties.ts).
UPDATE "agreement_versions" SET "content" = jsonb_set("content", '{parties}', jsonb_build_array(
  ("content" -> 'parties' -> 0) || '{"side": 0}'::jsonb,
  ("content" -> 'parties' -> 1) || '{"side": 1}'::jsonb))
WHERE jsonb_array_length("content" -> 'parties') = 2
  AND NOT (("content" -> 'parties' -> 0) ? 'side');--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "parties" jsonb;--> statement-breakpoint
UPDATE "agreements" SET "parties" = jsonb_build_array(
  jsonb_build_object('unitId', "steering_unit_id", 'side', 0),
  jsonb_build_object('unitId', "unit_id", 'side', 1));--> statement-breakpoint
ALTER TABLE "agreements" ALTER COLUMN "parties" SET NOT NULL;