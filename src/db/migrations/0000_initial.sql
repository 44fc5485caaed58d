CREATE TYPE "public"."traeger_form" AS ENUM('zkT', 'gE');--> statement-breakpoint
CREATE TYPE "public"."unit_kind" AS ENUM('bund', 'land', 'traeger', 'jobcenter');--> statement-breakpoint
CREATE TYPE "public"."metric_kind" AS ENUM('grundgroesse', 'kennzahl', 'lokal');--> statement-breakpoint
CREATE TYPE "public"."value_quality" AS ENUM('final', 'vorlaeufig', 'eingeschraenkt', 'fehlend');--> statement-breakpoint
CREATE TYPE "public"."value_source" AS ENUM('mikrodaten', 'ba_veroeffentlichung', 'manuell');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('entwurf', 'angebot', 'in_verhandlung', 'unterzeichnet', 'bewertet');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('ministerium', 'traeger', 'jobcenter', 'administration');--> statement-breakpoint
CREATE TABLE "unit_comparison_types" (
	"unit_id" text NOT NULL,
	"typ" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "unit_comparison_types_unit_id_valid_from_pk" PRIMARY KEY("unit_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "unit_links" (
	"unit_id" text NOT NULL,
	"parent_id" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "unit_links_unit_id_valid_from_pk" PRIMARY KEY("unit_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "unit_neighbours" (
	"unit_id" text NOT NULL,
	"neighbour_id" text NOT NULL,
	"rank" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "unit_neighbours_unit_id_neighbour_id_valid_from_pk" PRIMARY KEY("unit_id","neighbour_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "unit_kind" NOT NULL,
	"traeger_form" "traeger_form",
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "datenstaende" (
	"id" serial PRIMARY KEY NOT NULL,
	"stand" date NOT NULL,
	"source" "value_source" NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "local_indicators" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"definition" text NOT NULL,
	"unit" text NOT NULL,
	"source" jsonb NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_values" (
	"datenstand_id" integer NOT NULL,
	"unit_id" text NOT NULL,
	"month" text NOT NULL,
	"sex" text NOT NULL,
	"kind" "metric_kind" NOT NULL,
	"metric" text NOT NULL,
	"value" double precision,
	"zaehler" double precision,
	"nenner" double precision,
	"quality" "value_quality" NOT NULL,
	CONSTRAINT "metric_values_datenstand_id_unit_id_month_sex_kind_metric_pk" PRIMARY KEY("datenstand_id","unit_id","month","sex","kind","metric")
);
--> statement-breakpoint
CREATE TABLE "agreement_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" "agreement_status",
	"to_status" "agreement_status" NOT NULL,
	"comment" text,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_versions" (
	"agreement_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"status" "agreement_status" NOT NULL,
	"content" jsonb NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "agreement_versions_agreement_id_version_no_pk" PRIMARY KEY("agreement_id","version_no")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"steering_unit_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"parent_agreement_id" uuid,
	"current_version" integer NOT NULL,
	"status" "agreement_status" NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"agreement_id" uuid NOT NULL,
	"target_id" text NOT NULL,
	"system_result" jsonb NOT NULL,
	"datenstand_id" integer,
	"final_decision" text NOT NULL,
	"adjustment" text,
	"framework_change_ids" jsonb NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assessments_agreement_id_target_id_pk" PRIMARY KEY("agreement_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "framework_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"since" date NOT NULL,
	"description" text NOT NULL,
	"target_ids" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"detail" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"unit_id" text NOT NULL,
	"microdata_rights" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "unit_comparison_types" ADD CONSTRAINT "unit_comparison_types_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_links" ADD CONSTRAINT "unit_links_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_links" ADD CONSTRAINT "unit_links_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_neighbours" ADD CONSTRAINT "unit_neighbours_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_neighbours" ADD CONSTRAINT "unit_neighbours_neighbour_id_units_id_fk" FOREIGN KEY ("neighbour_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_values" ADD CONSTRAINT "metric_values_datenstand_id_datenstaende_id_fk" FOREIGN KEY ("datenstand_id") REFERENCES "public"."datenstaende"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_values" ADD CONSTRAINT "metric_values_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_steering_unit_id_units_id_fk" FOREIGN KEY ("steering_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_parent_agreement_id_agreements_id_fk" FOREIGN KEY ("parent_agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_changes" ADD CONSTRAINT "framework_changes_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metric_values_lookup" ON "metric_values" USING btree ("unit_id","kind","metric","month");--> statement-breakpoint
CREATE INDEX "agreement_events_agreement" ON "agreement_events" USING btree ("agreement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_parties_year" ON "agreements" USING btree ("year","steering_unit_id","unit_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity" ON "audit_log" USING btree ("entity","entity_id");