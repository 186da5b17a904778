-- Booking in one database round trip. A booking used to be an interactive transaction of about a
-- dozen statements; at 50 concurrent requests the round trips and the client-side work per
-- statement were the bottleneck, not the database. The rules stay where they were enforced before
-- (in the database); these functions only run them without leaving the server.

-- Takes one place in every 15-minute unit of a slot, in ascending order (overlapping bookings lock
-- units in the same order, so they wait for each other instead of deadlocking). A full unit raises
-- SQLSTATE ZB409 'slot-taken', so no caller can commit a partial take. The CHECK on
-- slot_capacity stays the last line of defence. Used by booking and by rescheduling.
CREATE FUNCTION "take_places"(p_location_id UUID, p_units TIMESTAMPTZ[], p_capacity INTEGER) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    taken INTEGER;
BEGIN
    INSERT INTO slot_capacity (location_id, starts_at, capacity, booked)
    SELECT p_location_id, unit, p_capacity, 1 FROM unnest(p_units) AS unit ORDER BY unit
    ON CONFLICT (location_id, starts_at) DO UPDATE
        SET booked = slot_capacity.booked + 1, capacity = EXCLUDED.capacity
        WHERE slot_capacity.booked < EXCLUDED.capacity;
    GET DIAGNOSTICS taken = ROW_COUNT;
    IF taken <> cardinality(p_units) THEN
        RAISE EXCEPTION 'slot-taken' USING ERRCODE = 'ZB409';
    END IF;
END $$;

-- queue_outbox(p_rows), which writes the messages and wakes the worker, is created by the next
-- migration (20261130110000_notify_idle_worker) together with the wake-up flag it reads; both
-- migrations are always applied together, and PL/pgSQL resolves the call when it runs.

-- One booking as one statement (lib/booking/book.ts prepares the values; this keeps the rules):
--   1. idempotency: the key is claimed with the finished answer ({id, reference}) right away, since
--      the row only becomes visible on commit. A concurrent twin waits on the claim and then sees
--      the committed answer. Same key and hash: 'replayed'; other hash: 'key-reused'; a claim
--      without an answer: 'in-flight'.
--   2. per-contact limit: advisory locks per contact (e-mail before phone, the same keys the
--      earlier code used), then the count of open appointments: 'too-many'.
--   3. the places (take_places): 'taken'.
--   4. person, appointment (a journey id that does not exist is dropped), and the messages.
-- Steps 1-4 run in one block with an exception handler (a subtransaction): a refusal in step 2 or
-- 3 undoes the claim of the key and any places already taken, and the outcome is returned as a
-- value instead of an error. Rows: p_citizen and p_appointment use the tables' column names.
CREATE FUNCTION "book_appointment"(
    p_idempotency_scope TEXT,
    p_idempotency_key TEXT,
    p_request_hash TEXT,
    p_email TEXT,
    p_phone TEXT,
    p_max_open INTEGER,
    p_now TIMESTAMPTZ,
    p_units TIMESTAMPTZ[],
    p_capacity INTEGER,
    p_citizen JSONB,
    p_appointment JSONB,
    p_messages JSONB,
    OUT outcome TEXT,
    OUT booked_id UUID,
    OUT booked_reference TEXT
)
LANGUAGE plpgsql AS $$
DECLARE
    new_appointment appointment%ROWTYPE;
    earlier idempotency_record%ROWTYPE;
    open_count INTEGER;
    new_citizen_id UUID := gen_random_uuid();
    violated TEXT;
BEGIN
    new_appointment := jsonb_populate_record(NULL::appointment, p_appointment);
    BEGIN
        IF p_idempotency_key IS NOT NULL THEN
            INSERT INTO idempotency_record (scope, key, request_hash, status_code, response_body)
            VALUES (p_idempotency_scope, p_idempotency_key, p_request_hash, 201,
                    jsonb_build_object('id', new_appointment.id, 'reference', new_appointment.reference))
            ON CONFLICT (scope, key) DO NOTHING;
            IF NOT FOUND THEN
                SELECT * INTO earlier FROM idempotency_record r WHERE r.scope = p_idempotency_scope AND r.key = p_idempotency_key;
                IF NOT FOUND OR earlier.response_body IS NULL THEN
                    outcome := 'in-flight';
                ELSIF earlier.request_hash <> p_request_hash THEN
                    outcome := 'key-reused';
                ELSE
                    outcome := 'replayed';
                    booked_id := (earlier.response_body ->> 'id')::UUID;
                    booked_reference := earlier.response_body ->> 'reference';
                END IF;
                RETURN;
            END IF;
        END IF;

        IF p_email IS NOT NULL THEN
            PERFORM pg_advisory_xact_lock(hashtext('email:' || p_email));
        END IF;
        IF p_phone IS NOT NULL THEN
            PERFORM pg_advisory_xact_lock(hashtext('phone:' || p_phone));
        END IF;
        SELECT count(*) INTO open_count
          FROM appointment a JOIN citizen c ON c.id = a.citizen_id
         WHERE a.status = 'booked' AND a.starts_at > p_now AND (c.email = p_email OR c.phone = p_phone);
        IF open_count >= p_max_open THEN
            RAISE EXCEPTION 'too-many-appointments' USING ERRCODE = 'ZB429';
        END IF;

        PERFORM take_places(new_appointment.location_id, p_units, p_capacity);

        INSERT INTO citizen (id, name, email, phone, customer_number, language, interpreter_language, accessibility_needs, updated_at)
        SELECT new_citizen_id, c.name, p_email, p_phone, c.customer_number, c.language, c.interpreter_language, c.accessibility_needs, now()
          FROM jsonb_populate_record(NULL::citizen, p_citizen) AS c;
        INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, citizen_id, journey_id, language,
                                 interpreter_language, accessibility_needs, note, room_name, video_consent_at, manage_token_hash, updated_at)
        VALUES (new_appointment.id, new_appointment.reference, new_appointment.request_type_key, new_appointment.channel,
                new_appointment.location_id, new_appointment.starts_at, new_appointment.ends_at, new_citizen_id,
                (SELECT j.id FROM journey j WHERE j.id = new_appointment.journey_id), new_appointment.language,
                new_appointment.interpreter_language, new_appointment.accessibility_needs, new_appointment.note,
                new_appointment.room_name, new_appointment.video_consent_at, new_appointment.manage_token_hash, now());
        PERFORM queue_outbox(p_messages);
        outcome := 'booked';
        booked_id := new_appointment.id;
        booked_reference := new_appointment.reference;
    EXCEPTION
        WHEN SQLSTATE 'ZB409' THEN
            outcome := 'taken';
        WHEN SQLSTATE 'ZB429' THEN
            outcome := 'too-many';
        WHEN check_violation THEN
            GET STACKED DIAGNOSTICS violated = CONSTRAINT_NAME;
            IF violated IS DISTINCT FROM 'slot_capacity_booked_within_capacity' THEN
                RAISE;
            END IF;
            outcome := 'taken';
    END;
END $$;
