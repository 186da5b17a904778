-- The app no longer connects as the owner of the tables (lib/db/roles.ts grants its role what it
-- needs, on audit_log INSERT and SELECT only). A setting any role may SET can no longer open the
-- audit log: a DELETE passes the trigger only when the owner of the table runs it, and the owner
-- runs it only inside purge_audit_log(), whose cut-off never comes later than the 730 days the
-- privacy page states (lib/retention.ts, RETENTION_DAYS.auditLog).
CREATE OR REPLACE FUNCTION "audit_log_written_once"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE'
        AND current_setting('zugang.audit_retention', true) = 'on'
        AND current_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log rows cannot be changed or deleted (%)', TG_OP USING ERRCODE = 'ZA403';
END $$;

-- Runs as its owner (the migrations' role), whatever role calls it. The caller names a cut-off; the
-- function never deletes anything younger than 730 days, whatever it is given.
CREATE FUNCTION "purge_audit_log"("before" TIMESTAMPTZ) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    deleted BIGINT;
BEGIN
    PERFORM set_config('zugang.audit_retention', 'on', true);
    DELETE FROM "audit_log" WHERE "created_at" < LEAST("before", statement_timestamp() - INTERVAL '730 days');
    GET DIAGNOSTICS deleted = ROW_COUNT;
    PERFORM set_config('zugang.audit_retention', 'off', true);
    RETURN deleted;
END $$;
REVOKE EXECUTE ON FUNCTION "purge_audit_log"(TIMESTAMPTZ) FROM PUBLIC;
