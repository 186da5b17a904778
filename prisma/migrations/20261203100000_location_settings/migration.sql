-- Locations as the admin edits them: the federal state whose public holidays are proposed as
-- closures, closures marked when they were taken over from that proposal, and a version of a
-- location's booking rules that every change of the location, its opening hours or its closures
-- raises (triggers below), so that a process keeping the rules for a while sees at once that they
-- changed, whoever changed them.
ALTER TABLE "location" ADD COLUMN "state" TEXT;
ALTER TABLE "location" ADD CONSTRAINT "location_state_check"
    CHECK ("state" IS NULL OR "state" IN ('BB','BE','BW','BY','HB','HE','HH','MV','NI','NW','RP','SH','SL','SN','ST','TH'));
ALTER TABLE "location" ADD COLUMN "rules_version" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "location" ADD CONSTRAINT "location_booking_window_check"
    CHECK ("min_notice_minutes" BETWEEN 0 AND 20160 AND "horizon_days" BETWEEN 1 AND 365);

ALTER TABLE "closure" ADD COLUMN "holiday" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "closure" ADD CONSTRAINT "closure_reason_check" CHECK (length(btrim("reason")) BETWEEN 1 AND 200);

-- The demo seed's locations are in Mannheim.
UPDATE "location" SET "state" = 'BW' WHERE "kind" = 'physical' AND "city" = 'Mannheim';

-- Any update of a location row is a new version of its rules.
CREATE FUNCTION location_rules_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.rules_version := OLD.rules_version + 1;
    RETURN NEW;
END;
$$;

CREATE TRIGGER location_rules_version
    BEFORE UPDATE ON "location"
    FOR EACH ROW EXECUTE FUNCTION location_rules_version_bump();

-- A changed opening hour or closure raises the version of its location; a closure of every
-- location (no location_id) raises all of them.
CREATE FUNCTION location_rules_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched UUID[] := ARRAY[]::UUID[];
    everywhere BOOLEAN := false;
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.location_id IS NULL THEN everywhere := true; ELSE touched := touched || NEW.location_id; END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.location_id IS NULL THEN everywhere := true; ELSE touched := touched || OLD.location_id; END IF;
    END IF;
    IF everywhere THEN
        UPDATE "location" SET "rules_version" = "rules_version" + 1;
    ELSE
        UPDATE "location" SET "rules_version" = "rules_version" + 1 WHERE "id" = ANY (touched);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER closure_rules_changed
    AFTER INSERT OR UPDATE OR DELETE ON "closure"
    FOR EACH ROW EXECUTE FUNCTION location_rules_changed();

CREATE TRIGGER opening_hours_rules_changed
    AFTER INSERT OR UPDATE OR DELETE ON "opening_hours"
    FOR EACH ROW EXECUTE FUNCTION location_rules_changed();
