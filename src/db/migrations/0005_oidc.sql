CREATE TABLE "oidc_flows" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "sso_issuer" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "sso_subject" text;--> statement-breakpoint
CREATE INDEX "oidc_flows_expiry" ON "oidc_flows" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_sso_identity" ON "users" USING btree ("sso_issuer","sso_subject");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_sso_both" CHECK (("users"."sso_issuer" IS NULL) = ("users"."sso_subject" IS NULL));