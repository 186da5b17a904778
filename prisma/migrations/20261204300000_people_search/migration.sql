-- The caseworker's view of a person: what the person (or staff for them) said about how they want
-- to be reached, each fact with who recorded it and when; journeys, appointments and submissions
-- linked to the person who booked or filed them; and the person search by name as people type it.
--   * person_fact: one row per statement (a later one wins; the earlier ones stay as history).
--     recorded_by_staff_id NULL means the person themselves (or their helper) said it in the portal.
--   * link_person(): finds the one person the details name, or stores a new one. Only strong
--     evidence links: the same folded name AND the same customer number, date of birth, e-mail or
--     phone, with no conflicting customer number or date of birth. Two candidates, or a name alone,
--     make a new person: two different people are never merged silently.
--   * a trigger on appointment and form_submission links the row's journey to its person and
--     records the facts the journey and the row carry.
--   * search_name(): lower case, ß as ss, without accents, and ae, oe, ue as a, o, u, so that
--     "Müller", "Mueller", "Muller" and "MUELLER" all are "muller" and "Yılmaz" is "yilmaz" (the same
--     on both sides, so "Manuel" and "Manul" meet too: a search shows both); a trigram index on it
--     finds names with a typo (pg_trgm's word similarity).

CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

CREATE FUNCTION "search_name"(p_name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT replace(replace(replace(
             public.unaccent('public.unaccent'::regdictionary, replace(lower(p_name), 'ß', 'ss')),
             'ae', 'a'), 'oe', 'o'), 'ue', 'u')
$$;

CREATE INDEX "citizen_search_name_trgm_idx" ON "citizen" USING gin (search_name("name") gin_trgm_ops);
CREATE INDEX "citizen_search_name_idx" ON "citizen" (search_name("name"));
CREATE INDEX "citizen_customer_number_upper_idx" ON "citizen" (upper(replace("customer_number", ' ', '')));
CREATE INDEX "form_submission_citizen_id_idx" ON "form_submission"("citizen_id");

-- CreateTable
CREATE TABLE "person_fact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "citizen_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "note" TEXT,
    "source" TEXT NOT NULL,
    "source_id" UUID,
    "recorded_by_staff_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "person_fact_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "person_fact_kind_check" CHECK ("kind" IN ('preference', 'help_need', 'devices', 'language', 'interpreter', 'accessibility', 'helper', 'contact_email', 'contact_phone')),
    CONSTRAINT "person_fact_source_check" CHECK ("source" IN ('journey', 'appointment', 'submission', 'staff')),
    CONSTRAINT "person_fact_staff_source_check" CHECK ("source" <> 'staff' OR "recorded_by_staff_id" IS NOT NULL)
);
CREATE INDEX "person_fact_citizen_id_kind_recorded_at_idx" ON "person_fact"("citizen_id", "kind", "recorded_at");
ALTER TABLE "person_fact" ADD CONSTRAINT "person_fact_citizen_id_fkey" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "person_fact" ADD CONSTRAINT "person_fact_recorded_by_staff_id_fkey" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The one person these details name, or a new one (see above). Gaps of a found person (no phone
-- yet, no date of birth) are filled; nothing known is overwritten.
CREATE FUNCTION "link_person"(
    p_name TEXT,
    p_email TEXT,
    p_phone TEXT,
    p_customer_number TEXT,
    p_date_of_birth DATE,
    p_language TEXT,
    p_interpreter_language TEXT,
    p_accessibility_needs TEXT
) RETURNS UUID
LANGUAGE plpgsql AS $$
DECLARE
    folded TEXT := search_name(btrim(p_name));
    v_customer TEXT := NULLIF(upper(replace(COALESCE(p_customer_number, ''), ' ', '')), '');
    v_email TEXT := NULLIF(lower(btrim(COALESCE(p_email, ''))), '');
    v_phone TEXT := NULLIF(btrim(COALESCE(p_phone, '')), '');
    hits UUID[];
    person UUID;
BEGIN
    IF folded IS NOT NULL AND folded <> '' THEN
        -- Two bookings of one person at once must not make two people.
        PERFORM pg_advisory_xact_lock(hashtext('person:' || folded));
        SELECT array_agg(c.id) INTO hits
          FROM (SELECT c.id
                  FROM citizen c
                 WHERE search_name(c.name) = folded
                   AND ((v_customer IS NOT NULL AND upper(replace(c.customer_number, ' ', '')) = v_customer)
                     OR (p_date_of_birth IS NOT NULL AND c.date_of_birth = p_date_of_birth)
                     OR (v_email IS NOT NULL AND lower(c.email) = v_email)
                     OR (v_phone IS NOT NULL AND c.phone = v_phone))
                   AND NOT (v_customer IS NOT NULL AND c.customer_number IS NOT NULL AND upper(replace(c.customer_number, ' ', '')) <> v_customer)
                   AND NOT (p_date_of_birth IS NOT NULL AND c.date_of_birth IS NOT NULL AND c.date_of_birth <> p_date_of_birth)
                 LIMIT 2) c;
        IF cardinality(hits) = 1 THEN
            person := hits[1];
            UPDATE citizen c
               SET email = COALESCE(c.email, v_email),
                   phone = COALESCE(c.phone, v_phone),
                   customer_number = COALESCE(c.customer_number, p_customer_number),
                   date_of_birth = COALESCE(c.date_of_birth, p_date_of_birth),
                   updated_at = now()
             WHERE c.id = person;
            RETURN person;
        END IF;
    END IF;
    person := gen_random_uuid();
    INSERT INTO citizen (id, name, email, phone, customer_number, date_of_birth, language, interpreter_language, accessibility_needs, updated_at)
    VALUES (person, btrim(p_name), p_email, p_phone, p_customer_number, p_date_of_birth, COALESCE(p_language, 'de'),
            p_interpreter_language, p_accessibility_needs, now());
    RETURN person;
END $$;

CREATE FUNCTION "add_person_fact"(p_citizen UUID, p_kind TEXT, p_value TEXT, p_source TEXT, p_source_id UUID, p_staff UUID)
RETURNS VOID
LANGUAGE sql AS $$
    INSERT INTO person_fact (citizen_id, kind, value, source, source_id, recorded_by_staff_id)
    SELECT p_citizen, p_kind, p_value, p_source, p_source_id, p_staff
     WHERE p_value IS NOT NULL AND p_value <> ''
$$;

-- After a new appointment or submission with a person: its journey becomes the person's (when it
-- had none), and what the journey and the row say about the person is recorded. A row staff made
-- for the person (booked_by_staff_id) is recorded as staff's.
CREATE FUNCTION "link_person_facts"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    r JSONB := to_jsonb(NEW);
    person UUID := (r ->> 'citizen_id')::UUID;
    staff UUID := (r ->> 'booked_by_staff_id')::UUID;
    v_source TEXT := CASE TG_TABLE_NAME WHEN 'appointment' THEN 'appointment' ELSE 'submission' END;
    j journey%ROWTYPE;
BEGIN
    IF person IS NULL THEN
        RETURN NULL;
    END IF;
    IF r ->> 'journey_id' IS NOT NULL THEN
        UPDATE journey SET citizen_id = person, updated_at = now()
         WHERE id = (r ->> 'journey_id')::UUID AND citizen_id IS NULL
        RETURNING * INTO j;
        IF FOUND THEN
            PERFORM add_person_fact(person, 'preference', j.preference::TEXT, 'journey', j.id, staff);
            PERFORM add_person_fact(person, 'help_need', j.situation ->> 'helpNeed', 'journey', j.id, staff);
            PERFORM add_person_fact(person, 'devices', j.situation ->> 'devices', 'journey', j.id, staff);
            PERFORM add_person_fact(person, 'language', j.situation ->> 'language', 'journey', j.id, staff);
            IF (j.situation ->> 'interpreter')::BOOLEAN THEN
                PERFORM add_person_fact(person, 'interpreter', COALESCE(j.situation ->> 'language', 'yes'), 'journey', j.id, staff);
            END IF;
            IF (j.situation ->> 'mobility')::BOOLEAN THEN
                PERFORM add_person_fact(person, 'accessibility', 'mobility', 'journey', j.id, staff);
            END IF;
            IF j.for_someone_else THEN
                PERFORM add_person_fact(person, 'helper', 'someone', 'journey', j.id, staff);
            END IF;
        END IF;
    END IF;
    PERFORM add_person_fact(person, 'interpreter', r ->> 'interpreter_language', v_source, NEW.id, staff);
    PERFORM add_person_fact(person, 'accessibility', r ->> 'accessibility_needs', v_source, NEW.id, staff);
    RETURN NULL;
END $$;

CREATE TRIGGER "appointment_link_person_facts" AFTER INSERT ON "appointment"
    FOR EACH ROW EXECUTE FUNCTION link_person_facts();
CREATE TRIGGER "form_submission_link_person_facts" AFTER INSERT ON "form_submission"
    FOR EACH ROW EXECUTE FUNCTION link_person_facts();

-- book_appointment() as of 20261201220000_front_desk, with one change: a booking without a known
-- person's id links to the person its details name (link_person()) instead of always storing a new one.
CREATE OR REPLACE FUNCTION "book_appointment"(
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
            SELECT link_person(c.name, p_email, p_phone, c.customer_number, c.date_of_birth, c.language, c.interpreter_language, c.accessibility_needs)
              INTO person_id
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
