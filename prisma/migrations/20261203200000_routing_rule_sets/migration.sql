-- Routing rules become versioned rule sets (docs/journey.md, "Rule sets"): one row per saved
-- version, holding the base orders of every request type and the situation steps. The highest
-- version is in force; a restore writes an earlier version's content again as a new version.

-- CreateTable
CREATE TABLE "routing_rule_set" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "base_orders" JSONB NOT NULL,
    "situation_steps" JSONB NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "restored_from" INTEGER,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "routing_rule_set_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "routing_rule_set_version_positive" CHECK ("version" >= 1)
);

-- The current version is the highest: read by every recommendation.
CREATE UNIQUE INDEX "routing_rule_set_version_key" ON "routing_rule_set"("version");

ALTER TABLE "routing_rule_set" ADD CONSTRAINT "routing_rule_set_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An installation's rules as they stand become version 1. A fresh database has none yet: the
-- reference data (prisma/seed) writes version 1 from the defaults in lib/journey/reference-data.ts.
INSERT INTO "routing_rule_set" ("id", "version", "base_orders", "situation_steps")
SELECT gen_random_uuid(), 1,
    COALESCE((
        SELECT jsonb_object_agg("request_type_key", "orders")
        FROM (
            SELECT "request_type_key", jsonb_object_agg("preference"::text, to_jsonb("channel_order"::text[])) AS "orders"
            FROM "routing_rule"
            GROUP BY "request_type_key"
        ) AS "per_type"
    ), '{}'::jsonb),
    COALESCE((
        SELECT jsonb_agg(jsonb_build_object('key', "key", 'enabled', "enabled", 'params', "params") ORDER BY "position", "key")
        FROM "situation_rule"
    ), '[]'::jsonb)
WHERE EXISTS (SELECT 1 FROM "routing_rule") OR EXISTS (SELECT 1 FROM "situation_rule");

DROP TABLE "routing_rule";
DROP TABLE "situation_rule";

-- A saved version is kept as it was: the history shows who changed what, and a restore copies it.
CREATE FUNCTION "routing_rule_set_written_once"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'routing_rule_set rows cannot be changed or deleted (%)', TG_OP USING ERRCODE = 'ZA403';
END $$;

CREATE TRIGGER "routing_rule_set_no_update_or_delete" BEFORE UPDATE OR DELETE ON "routing_rule_set"
    FOR EACH ROW EXECUTE FUNCTION "routing_rule_set_written_once"();
