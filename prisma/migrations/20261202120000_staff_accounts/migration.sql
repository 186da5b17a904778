-- Staff accounts, the second factor and an audit log that cannot be rewritten:
--   * a staff member may work at several locations (staff_location replaces staff_user.location_id);
--   * the TOTP secret of a staff member, encrypted by the app (lib/staff/second-factor.ts), and the
--     one being set up until it is confirmed with a code;
--   * one row of security settings: whether the admin role must sign in with the second factor;
--   * audit_log refuses UPDATE, DELETE and TRUNCATE, except DELETE by the retention job, which
--     says so in its own transaction (SET LOCAL zugang.audit_retention = 'on', lib/retention.ts).

-- CreateTable
CREATE TABLE "staff_location" (
    "staff_user_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    CONSTRAINT "staff_location_pkey" PRIMARY KEY ("staff_user_id", "location_id")
);
CREATE INDEX "staff_location_location_id_idx" ON "staff_location"("location_id");
ALTER TABLE "staff_location" ADD CONSTRAINT "staff_location_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "staff_location" ADD CONSTRAINT "staff_location_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "staff_location" ("staff_user_id", "location_id")
SELECT "id", "location_id" FROM "staff_user" WHERE "location_id" IS NOT NULL;

ALTER TABLE "staff_user" DROP CONSTRAINT "staff_user_location_id_fkey";
ALTER TABLE "staff_user" DROP COLUMN "location_id";

-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN "totp_secret" TEXT;
ALTER TABLE "staff_user" ADD COLUMN "totp_enabled_at" TIMESTAMPTZ(3);
ALTER TABLE "staff_user" ADD COLUMN "totp_pending_secret" TEXT;
ALTER TABLE "staff_user" ADD COLUMN "totp_last_step" BIGINT;
ALTER TABLE "staff_user" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "security_setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "admin_requires_totp" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "security_setting_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "security_setting_one_row" CHECK ("id" = 1)
);
INSERT INTO "security_setting" ("id") VALUES (1);

-- The audit log's filters: newest first, by staff member, by action.
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");
CREATE INDEX "audit_log_staff_user_id_created_at_idx" ON "audit_log"("staff_user_id", "created_at");
CREATE INDEX "audit_log_action_created_at_idx" ON "audit_log"("action", "created_at");
CREATE INDEX "audit_log_entity_id_idx" ON "audit_log"("entity_id");

-- Audit rows are written once. Only the retention job deletes, and only inside a transaction that
-- set zugang.audit_retention itself (SET LOCAL, gone at its end).
CREATE FUNCTION "audit_log_written_once"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('zugang.audit_retention', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log rows cannot be changed or deleted (%)', TG_OP USING ERRCODE = 'ZA403';
END $$;

CREATE TRIGGER "audit_log_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_written_once"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_written_once"();
