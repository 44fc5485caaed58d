CREATE TABLE "audit_chain_head" (
	"single" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"at" timestamp with time zone,
	"action" text,
	CONSTRAINT "audit_chain_head_single" CHECK ("audit_chain_head"."single")
);
--> statement-breakpoint
DROP INDEX "audit_log_entity";--> statement-breakpoint
-- ids are now the position in the chain, assigned under the chain lock: no sequence (a sequence
-- leaves gaps where a transaction rolled back)
ALTER TABLE "audit_log" ALTER COLUMN "id" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "id" DROP DEFAULT;--> statement-breakpoint
DROP SEQUENCE IF EXISTS "audit_log_id_seq";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text;--> statement-breakpoint
-- Records written before the chain existed are chained here, in the order of their id, with the
-- rules of src/domain/audit/canonical-record.ts written once more in SQL (sha256() is built into
-- PostgreSQL ≥ 11; pgcrypto is not needed). The helper functions are dropped at the end: the
-- TypeScript rules are the only ones that stay. First the ids become 1, 2, 3 … without gaps.
UPDATE "audit_log" SET "id" = -r."n"
  FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS "n" FROM "audit_log") AS r
  WHERE "audit_log"."id" = r."id";--> statement-breakpoint
UPDATE "audit_log" SET "id" = -"id";--> statement-breakpoint
-- ECMAScript's Number::toString of a double, from PostgreSQL's shortest exact output
CREATE FUNCTION "audit_js_number"(x float8) RETURNS text LANGUAGE plpgsql IMMUTABLE
SET extra_float_digits = 1 AS $$
DECLARE
  s text;
  mantissa text;
  digits text;
  e int := 0;
  int_len int;
  k int;
  n int;
  r text;
BEGIN
  IF x = 0 THEN RETURN '0'; END IF;
  s := abs(x)::text;
  IF position('e' IN s) > 0 THEN
    mantissa := split_part(s, 'e', 1);
    e := split_part(s, 'e', 2)::int;
  ELSE
    mantissa := s;
  END IF;
  IF position('.' IN mantissa) > 0 THEN
    int_len := position('.' IN mantissa) - 1;
  ELSE
    int_len := length(mantissa);
  END IF;
  digits := replace(mantissa, '.', '');
  -- value = 0.digits × 10^(int_len + e); leading zeros move the point, trailing ones say nothing
  WHILE left(digits, 1) = '0' LOOP
    digits := substr(digits, 2);
    int_len := int_len - 1;
  END LOOP;
  digits := rtrim(digits, '0');
  k := length(digits);
  n := int_len + e;
  IF k <= n AND n <= 21 THEN
    r := digits || repeat('0', n - k);
  ELSIF 0 < n AND n <= 21 THEN
    r := left(digits, n) || '.' || substr(digits, n + 1);
  ELSIF -6 < n AND n <= 0 THEN
    r := '0.' || repeat('0', -n) || digits;
  ELSE
    r := left(digits, 1) || CASE WHEN k > 1 THEN '.' || substr(digits, 2) ELSE '' END
      || 'e' || CASE WHEN n - 1 >= 0 THEN '+' ELSE '-' END || abs(n - 1)::text;
  END IF;
  RETURN CASE WHEN x < 0 THEN '-' || r ELSE r END;
END $$;--> statement-breakpoint
-- canonical JSON: keys in code point order (COLLATE "C" on UTF-8), strings escaped as
-- JSON.stringify escapes them (PostgreSQL's JSON output does the same)
CREATE FUNCTION "audit_canonical_json"(v jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  out text;
BEGIN
  CASE jsonb_typeof(v)
    WHEN 'object' THEN
      SELECT '{' || coalesce(string_agg(to_jsonb(o.key)::text || ':' || "audit_canonical_json"(o.value), ','
          ORDER BY o.key COLLATE "C"), '') || '}'
        INTO out FROM jsonb_each(v) AS o;
    WHEN 'array' THEN
      SELECT '[' || coalesce(string_agg("audit_canonical_json"(a.value), ',' ORDER BY a.i), '') || ']'
        INTO out FROM jsonb_array_elements(v) WITH ORDINALITY AS a(value, i);
    WHEN 'number' THEN
      out := "audit_js_number"(v::numeric::float8);
    ELSE
      out := v::text;
  END CASE;
  RETURN out;
END $$;--> statement-breakpoint
DO $$
DECLARE
  r record;
  prev text := repeat('0', 64);
  h text;
  last_id bigint := 0;
  last_at timestamptz := NULL;
  last_action text := NULL;
BEGIN
  FOR r IN SELECT * FROM "audit_log" ORDER BY "id" LOOP
    h := encode(sha256(convert_to("audit_canonical_json"(jsonb_build_object(
      'action', r."action",
      'actor', r."actor",
      'at', to_char(r."at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      'detail', r."detail",
      'entity', r."entity",
      'entityId', r."entity_id",
      'id', r."id",
      'prev', prev)), 'UTF8')), 'hex');
    UPDATE "audit_log" SET "prev_hash" = prev, "hash" = h WHERE "id" = r."id";
    prev := h;
    last_id := r."id";
    last_at := r."at";
    last_action := r."action";
  END LOOP;
  INSERT INTO "audit_chain_head" ("single", "seq", "hash", "at", "action")
    VALUES (true, last_id, prev, last_at, last_action);
END $$;--> statement-breakpoint
DROP FUNCTION "audit_canonical_json"(jsonb);--> statement-breakpoint
DROP FUNCTION "audit_js_number"(float8);--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor" ON "audit_log" USING btree ("actor","id");--> statement-breakpoint
CREATE INDEX "audit_log_action" ON "audit_log" USING btree ("action" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "audit_log_entity" ON "audit_log" USING btree ("entity","entity_id","id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_hash_hex" CHECK ("audit_log"."hash" ~ '^[0-9a-f]{64}$' AND "audit_log"."prev_hash" ~ '^[0-9a-f]{64}$');--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_id_positive" CHECK ("audit_log"."id" > 0);--> statement-breakpoint
-- The second line of defence (docs/audit.md): the database itself keeps the trail append-only.
-- The first is the hash chain, which `audit verify` checks; it also finds what someone changed
-- after switching these triggers off (ALTER TABLE … DISABLE TRIGGER needs the table's owner).
CREATE FUNCTION "audit_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'das Audit-Protokoll (%) wird nur fortgeschrieben: % ist nicht erlaubt', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_refuse_change"();--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();--> statement-breakpoint
CREATE TRIGGER "audit_chain_head_no_delete" BEFORE DELETE ON "audit_chain_head"
  FOR EACH ROW EXECUTE FUNCTION "audit_refuse_change"();--> statement-breakpoint
CREATE TRIGGER "audit_chain_head_no_truncate" BEFORE TRUNCATE ON "audit_chain_head"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();--> statement-breakpoint
-- An insert must extend the chain head: its records carry the next ids, each linked to the hash
-- of the one before (the first to the head's hash). The head then moves on to the newest, so it
-- always names it. Once per statement (a transition table): moving one row per record would
-- update the head thousands of times in one transaction.
CREATE FUNCTION "audit_extend_head"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head record;
  n bigint;
  first_id bigint;
  last_id bigint;
  unlinked bigint;
BEGIN
  SELECT "seq", "hash" INTO head FROM "audit_chain_head" FOR UPDATE;
  SELECT count(*), min("id"), max("id") INTO n, first_id, last_id FROM "inserted";
  IF n = 0 THEN RETURN NULL; END IF;
  SELECT count(*) INTO unlinked FROM "inserted" AS r
    LEFT JOIN "inserted" AS p ON p."id" = r."id" - 1
    WHERE r."prev_hash" IS DISTINCT FROM (CASE WHEN r."id" = head."seq" + 1 THEN head."hash" ELSE p."hash" END);
  IF first_id <> head."seq" + 1 OR last_id - first_id + 1 <> n OR unlinked > 0 THEN
    RAISE EXCEPTION 'Audit-Einträge %–% setzen die Kette nach Eintrag % nicht fort', first_id, last_id, head."seq"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  UPDATE "audit_chain_head" AS h
    SET "seq" = r."id", "hash" = r."hash", "at" = r."at", "action" = r."action"
    FROM "inserted" AS r WHERE r."id" = last_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "audit_log_extends_head" AFTER INSERT ON "audit_log"
  REFERENCING NEW TABLE AS "inserted"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_extend_head"();--> statement-breakpoint
-- The head only moves forward, onto a record that exists as it says.
CREATE FUNCTION "audit_check_head"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."single" IS DISTINCT FROM OLD."single" OR NEW."seq" <= OLD."seq" OR NOT EXISTS (
    SELECT 1 FROM "audit_log"
      WHERE "id" = NEW."seq" AND "hash" = NEW."hash"
        AND "at" IS NOT DISTINCT FROM NEW."at" AND "action" IS NOT DISTINCT FROM NEW."action") THEN
    RAISE EXCEPTION 'der Kopf der Audit-Kette rückt nur auf einen neueren Eintrag vor'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "audit_chain_head_moves_on" BEFORE UPDATE ON "audit_chain_head"
  FOR EACH ROW EXECUTE FUNCTION "audit_check_head"();--> statement-breakpoint
-- Nobody but the owner may change or delete (PUBLIC never had these rights; this says so). Where the
-- application connects as a role of its own that does not own the tables, revoke from that role
-- as well (docs/audit.md, "Betrieb").
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log", "audit_chain_head" FROM PUBLIC;
