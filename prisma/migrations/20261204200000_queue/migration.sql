-- The waiting room's queue (docs/queue.md): per location the call display's secret link and the
-- daily limit of walk-in numbers; numbers drawn per location, day and prefix; tickets of walk-ins
-- and of checked-in appointments; and every call, which the call display lists.
CREATE TYPE "QueueTicketKind" AS ENUM ('walk_in', 'appointment');
CREATE TYPE "QueueTicketStatus" AS ENUM ('waiting', 'called', 'parked', 'finished', 'no_show');

CREATE TABLE "queue_location" (
    "location_id" UUID NOT NULL,
    "display_token" TEXT NOT NULL,
    "daily_limit" INTEGER NOT NULL DEFAULT 300,
    "second_language" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "queue_location_pkey" PRIMARY KEY ("location_id"),
    CONSTRAINT "queue_location_daily_limit_check" CHECK ("daily_limit" BETWEEN 0 AND 999),
    CONSTRAINT "queue_location_display_token_check" CHECK ("display_token" ~ '^[A-Za-z0-9_-]{32,}$')
);
CREATE UNIQUE INDEX "queue_location_display_token_key" ON "queue_location"("display_token");
ALTER TABLE "queue_location" ADD CONSTRAINT "queue_location_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 256 random bits as a display token (gen_random_uuid() is built in; two of them, without dashes).
CREATE FUNCTION queue_new_display_token() RETURNS TEXT LANGUAGE sql VOLATILE AS $$
    SELECT replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
$$;

INSERT INTO "queue_location" ("location_id", "display_token") SELECT "id", queue_new_display_token() FROM "location";

CREATE FUNCTION queue_location_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "queue_location" ("location_id", "display_token") VALUES (NEW.id, queue_new_display_token());
    RETURN NULL;
END;
$$;
CREATE TRIGGER queue_location_created AFTER INSERT ON "location" FOR EACH ROW EXECUTE FUNCTION queue_location_created();

CREATE TABLE "queue_number" (
    "location_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "prefix" TEXT NOT NULL,
    "last_number" INTEGER NOT NULL,
    CONSTRAINT "queue_number_pkey" PRIMARY KEY ("location_id", "day", "prefix")
);
ALTER TABLE "queue_number" ADD CONSTRAINT "queue_number_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The next number of a prefix at a location on a day: one row per day, updated in place, so two
-- draws at once wait for each other on that row and never get the same number.
CREATE FUNCTION queue_next_number(p_location UUID, p_day DATE, p_prefix TEXT) RETURNS INTEGER LANGUAGE sql VOLATILE AS $$
    INSERT INTO "queue_number" ("location_id", "day", "prefix", "last_number") VALUES (p_location, p_day, p_prefix, 1)
    ON CONFLICT ("location_id", "day", "prefix") DO UPDATE SET "last_number" = "queue_number"."last_number" + 1
    RETURNING "last_number"
$$;

CREATE TABLE "queue_ticket" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "location_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "QueueTicketKind" NOT NULL,
    "appointment_id" UUID,
    "request_type_key" TEXT,
    "language" TEXT NOT NULL DEFAULT 'de',
    "phone" TEXT,
    "email" TEXT,
    "status" "QueueTicketStatus" NOT NULL DEFAULT 'waiting',
    "ready_at" TIMESTAMPTZ(3) NOT NULL,
    "target_desk" TEXT,
    "desk" TEXT,
    "call_count" INTEGER NOT NULL DEFAULT 0,
    "called_at" TIMESTAMPTZ(3),
    "first_called_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "outcome" TEXT,
    "drawn_by_staff_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "queue_ticket_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "queue_ticket_number_check" CHECK ("number" ~ '^[A-Z][0-9]{3,}$'),
    CONSTRAINT "queue_ticket_call_count_check" CHECK ("call_count" >= 0),
    CONSTRAINT "queue_ticket_desk_check" CHECK ("desk" IS NULL OR length(btrim("desk")) BETWEEN 1 AND 40),
    CONSTRAINT "queue_ticket_appointment_check" CHECK ("kind" = 'appointment' OR "appointment_id" IS NULL)
);
CREATE UNIQUE INDEX "queue_ticket_appointment_id_key" ON "queue_ticket"("appointment_id");
CREATE UNIQUE INDEX "queue_ticket_location_id_day_number_key" ON "queue_ticket"("location_id", "day", "number");
CREATE INDEX "queue_ticket_location_id_status_ready_at_idx" ON "queue_ticket"("location_id", "status", "ready_at");
CREATE INDEX "queue_ticket_location_id_status_finished_at_idx" ON "queue_ticket"("location_id", "status", "finished_at");
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_request_type_key_fkey" FOREIGN KEY ("request_type_key") REFERENCES "request_type"("key") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_drawn_by_staff_id_fkey" FOREIGN KEY ("drawn_by_staff_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "queue_call" (
    "id" BIGSERIAL NOT NULL,
    "location_id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "desk" TEXT NOT NULL,
    "called_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "queue_call_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "queue_call_location_id_called_at_idx" ON "queue_call"("location_id", "called_at");
CREATE INDEX "queue_call_ticket_id_idx" ON "queue_call"("ticket_id");
ALTER TABLE "queue_call" ADD CONSTRAINT "queue_call_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "queue_call" ADD CONSTRAINT "queue_call_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "queue_ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- "Almost your turn" told once per ticket. A table of its own, not a column of the ticket: marking a
-- waiting ticket must not lock its row, or a desk's "call next" (SKIP LOCKED) would pass it over.
CREATE TABLE "queue_notice" (
    "ticket_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "queue_notice_pkey" PRIMARY KEY ("ticket_id")
);
ALTER TABLE "queue_notice" ADD CONSTRAINT "queue_notice_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "queue_ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A checked-in in-person appointment joins the queue at its time (or at the check-in, if later),
-- whichever way it was checked in. Its number has the prefix T.
CREATE FUNCTION queue_appointment_checked_in() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ready TIMESTAMPTZ := greatest(NEW.starts_at, coalesce(NEW.checked_in_at, now()));
    queue_day DATE := (ready AT TIME ZONE 'Europe/Berlin')::date;
BEGIN
    INSERT INTO "queue_ticket" ("location_id", "day", "number", "kind", "appointment_id", "request_type_key", "language", "ready_at")
    VALUES (NEW.location_id, queue_day, 'T' || lpad(queue_next_number(NEW.location_id, queue_day, 'T')::text, 3, '0'), 'appointment', NEW.id, NEW.request_type_key, NEW.language, ready)
    ON CONFLICT ("appointment_id") DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE TRIGGER queue_appointment_checked_in AFTER UPDATE OF "status" ON "appointment"
    FOR EACH ROW WHEN (OLD.status = 'booked' AND NEW.status = 'checked_in' AND NEW.channel = 'in_person')
    EXECUTE FUNCTION queue_appointment_checked_in();

-- A checked-in appointment's ticket finished at a desk: the appointment took place.
CREATE FUNCTION queue_appointment_finished() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "appointment" SET "status" = 'completed', "updated_at" = now() WHERE "id" = NEW.appointment_id AND "status" = 'checked_in';
    RETURN NULL;
END;
$$;
CREATE TRIGGER queue_appointment_finished AFTER UPDATE OF "status" ON "queue_ticket"
    FOR EACH ROW WHEN (NEW.status = 'finished' AND OLD.status <> 'finished' AND NEW.appointment_id IS NOT NULL)
    EXECUTE FUNCTION queue_appointment_finished();

-- Every change of a location's queue wakes the call displays of every app process (lib/queue/listener.ts).
-- NOTIFY is sent at commit; the same payload twice in one transaction is sent once.
CREATE FUNCTION queue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('zugang_queue', NEW.location_id::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER queue_ticket_changed AFTER INSERT OR UPDATE ON "queue_ticket" FOR EACH ROW EXECUTE FUNCTION queue_changed();
CREATE TRIGGER queue_location_changed AFTER UPDATE ON "queue_location" FOR EACH ROW EXECUTE FUNCTION queue_changed();
