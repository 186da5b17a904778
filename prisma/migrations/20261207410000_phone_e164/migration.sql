-- Phone numbers, one way: from now on the app stores every number as E.164 ("+496215550101", see
-- lib/phone.ts), so the numbers stored before in the spelling they were typed in ("0621 / 555 01 01",
-- "06214567890", "0049 621 …") are converted here. SQL cannot run libphonenumber, so this reads the
-- common German spellings only: a national number "0…", "0049…" or "+49…", with spaces, slashes,
-- dots, dashes and brackets between the digits, and "(0)" after the country code; other
-- international numbers ("+90 …", "0090 …") keep their country code. A value it cannot read is
-- kept as it was (never dropped) and listed in phone_numbers_unreadable, for staff to correct.

-- The spelling as E.164, or NULL when it is not one of the spellings above. Digits only after the
-- separators are taken out; a national significant number of 6 to 13 digits (German numbers have
-- at most 13, E.164 allows 15 in all).
CREATE FUNCTION pg_temp.phone_as_e164(raw TEXT) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    compact TEXT := regexp_replace(replace(btrim(raw), '(0)', ''), '[[:space:]()/.\-]', '', 'g');
BEGIN
    IF compact ~ '^\+49[1-9][0-9]{5,12}$' THEN
        RETURN compact;
    ELSIF compact ~ '^\+490[1-9][0-9]{5,12}$' THEN
        RETURN '+49' || substr(compact, 5);
    ELSIF compact ~ '^0049[1-9][0-9]{5,12}$' THEN
        RETURN '+' || substr(compact, 3);
    ELSIF compact ~ '^00490[1-9][0-9]{5,12}$' THEN
        RETURN '+49' || substr(compact, 6);
    ELSIF compact ~ '^0[1-9][0-9]{5,12}$' THEN
        RETURN '+49' || substr(compact, 2);
    ELSIF compact ~ '^\+[1-9][0-9]{6,14}$' THEN
        RETURN compact;
    ELSIF compact ~ '^00[1-9][0-9]{6,14}$' THEN
        RETURN '+' || substr(compact, 3);
    END IF;
    RETURN NULL;
END;
$$;

-- The stored numbers this migration could not read, with where they are; the value itself stays
-- in its row. Staff correct it on the person's page; the row here is then out of date, not wrong.
CREATE TABLE "phone_numbers_unreadable" (
    "id" BIGSERIAL NOT NULL,
    "table_name" TEXT NOT NULL,
    "row_id" UUID NOT NULL,
    "value" TEXT NOT NULL,
    "found_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "phone_numbers_unreadable_pkey" PRIMARY KEY ("id")
);

INSERT INTO "phone_numbers_unreadable" ("table_name", "row_id", "value")
SELECT 'citizen', "id", "phone" FROM "citizen"
 WHERE "phone" IS NOT NULL AND pg_temp.phone_as_e164("phone") IS NULL;
INSERT INTO "phone_numbers_unreadable" ("table_name", "row_id", "value")
SELECT 'queue_ticket', "id", "phone" FROM "queue_ticket"
 WHERE "phone" IS NOT NULL AND pg_temp.phone_as_e164("phone") IS NULL;

UPDATE "citizen" SET "phone" = pg_temp.phone_as_e164("phone")
 WHERE "phone" IS NOT NULL AND pg_temp.phone_as_e164("phone") IS NOT NULL
   AND "phone" IS DISTINCT FROM pg_temp.phone_as_e164("phone");
UPDATE "queue_ticket" SET "phone" = pg_temp.phone_as_e164("phone")
 WHERE "phone" IS NOT NULL AND pg_temp.phone_as_e164("phone") IS NOT NULL
   AND "phone" IS DISTINCT FROM pg_temp.phone_as_e164("phone");

DO $$
DECLARE
    unreadable INTEGER;
BEGIN
    SELECT count(*) INTO unreadable FROM "phone_numbers_unreadable";
    IF unreadable > 0 THEN
        RAISE NOTICE '% stored phone numbers could not be read as E.164; they are kept and listed in phone_numbers_unreadable', unreadable;
    END IF;
END;
$$;
