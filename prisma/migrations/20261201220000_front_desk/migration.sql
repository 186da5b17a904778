-- The front desk (issue 9): a person's date of birth (people without e-mail are found by it), who
-- booked an appointment and how (the person online, or staff at the counter or on the phone), the
-- same on the journey so that the analytics count counter-assisted choices, the person search's
-- index, and book_appointment() able to book for a known person and record the staff's choice.

-- CreateEnum
CREATE TYPE "Assistance" AS ENUM ('self_service', 'counter', 'phone');

-- AlterTable
ALTER TABLE "citizen" ADD COLUMN "date_of_birth" DATE;
ALTER TABLE "appointment" ADD COLUMN "assistance" "Assistance" NOT NULL DEFAULT 'self_service';
ALTER TABLE "journey" ADD COLUMN "assistance" "Assistance" NOT NULL DEFAULT 'self_service';

-- A booking the person made themselves has no staff member behind it. (The other way round is not
-- a rule: booked_by_staff_id becomes NULL when the staff account is deleted.)
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_self_service_without_staff"
    CHECK ("assistance" <> 'self_service' OR "booked_by_staff_id" IS NULL);

-- CreateIndex
CREATE INDEX "citizen_date_of_birth_idx" ON "citizen"("date_of_birth");
CREATE INDEX "appointment_status_starts_at_idx" ON "appointment"("status", "starts_at");

-- Person search by name: lower case without accents ("Müller", "MULLER" and "mül" meet), as a
-- prefix of the whole name or of any word in it. unaccent() is only STABLE (its dictionary could
-- change), so it is wrapped with the dictionary named, as IMMUTABLE, to be indexable.
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE FUNCTION "fold_name"(p_name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT lower(public.unaccent('public.unaccent'::regdictionary, p_name))
$$;
CREATE INDEX "citizen_folded_name_idx" ON "citizen" (fold_name("name") text_pattern_ops);

-- book_appointment() as of 20261130100000_book_appointment_function, with three additions:
--   * p_citizen may name a known person by "id": the appointment is theirs and no new person is
--     stored (an id that does not exist: 'unknown-person');
--   * p_appointment may carry booked_by_staff_id and assistance (self_service when left out);
--   * p_journey, when given, is the choice staff made for the person (lib/journey's row), stored in
--     the same transaction and linked to the appointment, so a refused booking leaves no choice.
DROP FUNCTION "book_appointment"(TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, TIMESTAMPTZ, TIMESTAMPTZ[], INTEGER, JSONB, JSONB, JSONB);
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
    p_journey JSONB,
    OUT outcome TEXT,
    OUT booked_id UUID,
    OUT booked_reference TEXT
)
LANGUAGE plpgsql AS $$
DECLARE
    new_appointment appointment%ROWTYPE;
    earlier idempotency_record%ROWTYPE;
    open_count INTEGER;
    person_id UUID;
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

        IF p_citizen ? 'id' THEN
            SELECT c.id INTO person_id FROM citizen c WHERE c.id = (p_citizen ->> 'id')::UUID;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'unknown-person' USING ERRCODE = 'ZB404';
            END IF;
        ELSE
            person_id := gen_random_uuid();
            INSERT INTO citizen (id, name, email, phone, customer_number, date_of_birth, language, interpreter_language, accessibility_needs, updated_at)
            SELECT person_id, c.name, p_email, p_phone, c.customer_number, c.date_of_birth, c.language, c.interpreter_language, c.accessibility_needs, now()
              FROM jsonb_populate_record(NULL::citizen, p_citizen) AS c;
        END IF;
        IF p_journey IS NOT NULL THEN
            INSERT INTO journey (id, request_type_key, chosen_channel, language, outcome, citizen_id, assistance, updated_at)
            SELECT j.id, j.request_type_key, j.chosen_channel, j.language, j.outcome, person_id, j.assistance, now()
              FROM jsonb_populate_record(NULL::journey, p_journey) AS j;
        END IF;
        INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, citizen_id, journey_id, language,
                                 interpreter_language, accessibility_needs, note, room_name, video_consent_at, manage_token_hash,
                                 booked_by_staff_id, assistance, updated_at)
        VALUES (new_appointment.id, new_appointment.reference, new_appointment.request_type_key, new_appointment.channel,
                new_appointment.location_id, new_appointment.starts_at, new_appointment.ends_at, person_id,
                (SELECT j.id FROM journey j WHERE j.id = new_appointment.journey_id), new_appointment.language,
                new_appointment.interpreter_language, new_appointment.accessibility_needs, new_appointment.note,
                new_appointment.room_name, new_appointment.video_consent_at, new_appointment.manage_token_hash,
                new_appointment.booked_by_staff_id, COALESCE(new_appointment.assistance, 'self_service'), now());
        PERFORM queue_outbox(p_messages);
        outcome := 'booked';
        booked_id := new_appointment.id;
        booked_reference := new_appointment.reference;
    EXCEPTION
        WHEN SQLSTATE 'ZB409' THEN
            outcome := 'taken';
        WHEN SQLSTATE 'ZB429' THEN
            outcome := 'too-many';
        WHEN SQLSTATE 'ZB404' THEN
            outcome := 'unknown-person';
        WHEN check_violation THEN
            GET STACKED DIAGNOSTICS violated = CONSTRAINT_NAME;
            IF violated IS DISTINCT FROM 'slot_capacity_booked_within_capacity' THEN
                RAISE;
            END IF;
            outcome := 'taken';
    END;
END $$;
