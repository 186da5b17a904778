-- Staff screens that stay current (lib/live.ts): every change staff watch is announced on channel
-- zugang_live as "<topic>:<location id or empty>", at commit, to every app process's one LISTEN.
-- Appointments announce changes of status only (check-in, cancel, no-show, move): a NOTIFY takes a
-- lock at commit, and new bookings must not commit one by one for it. Submissions are few enough to
-- announce every new one and every change (the inbox's and the callbacks' counts).
CREATE FUNCTION staff_live_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('zugang_live', TG_ARGV[0] || ':' || COALESCE(to_jsonb(NEW) ->> 'location_id', ''));
    RETURN NULL;
END;
$$;

CREATE TRIGGER queue_ticket_live AFTER INSERT OR UPDATE ON "queue_ticket"
    FOR EACH ROW EXECUTE FUNCTION staff_live_changed('queue');
CREATE TRIGGER appointment_live AFTER UPDATE OF "status", "starts_at", "location_id" ON "appointment"
    FOR EACH ROW EXECUTE FUNCTION staff_live_changed('day');
CREATE TRIGGER form_submission_live AFTER INSERT OR UPDATE ON "form_submission"
    FOR EACH ROW EXECUTE FUNCTION staff_live_changed('submissions');
