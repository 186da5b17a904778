-- Analytics: the research's questionnaire answered in the portal or on paper, and daily counts of
-- journeys and appointments that the dashboard reads instead of scanning every row.
--   * survey_response holds one answer sheet with no link to a person, a journey or an address, and
--     only the month it was given (a time to the second could be matched to a booking);
--   * survey_import records each imported paper file by the SHA-256 of its bytes, so that the same
--     file is recognised when it comes again;
--   * journey_daily and appointment_daily are kept by triggers in the same transaction as the row
--     they count, so the figures are live; questionnaire_answer (linked to a journey, never used)
--     goes.

DROP TABLE "questionnaire_answer";

-- CreateTable
CREATE TABLE "survey_import" (
    "id" UUID NOT NULL,
    "file_sha256" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "imported_by_staff_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "survey_import_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "survey_import_file_sha256_key" ON "survey_import"("file_sha256");
ALTER TABLE "survey_import" ADD CONSTRAINT "survey_import_imported_by_staff_id_fkey" FOREIGN KEY ("imported_by_staff_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "survey_response" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "answered_month" DATE NOT NULL,
    "type" "Preference" NOT NULL,
    "age" TEXT,
    "school" TEXT,
    "training" TEXT,
    "german" TEXT,
    "devices" TEXT,
    "distance" TEXT,
    "help" TEXT,
    "item_11_3" SMALLINT,
    "item_11_6" SMALLINT,
    "item_11_7" SMALLINT,
    "item_11_8" SMALLINT,
    "item_18" SMALLINT,
    "import_id" UUID,
    CONSTRAINT "survey_response_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "survey_response_source" CHECK ("source" IN ('portal', 'paper')),
    CONSTRAINT "survey_response_month" CHECK ("answered_month" = date_trunc('month', "answered_month")::date),
    CONSTRAINT "survey_response_age" CHECK ("age" IN ('under-25', '25-44', 'over-44')),
    CONSTRAINT "survey_response_school" CHECK ("school" IN ('none-german', 'hauptschule', 'realschule', 'abitur', 'other')),
    CONSTRAINT "survey_response_training" CHECK ("training" IN ('none', 'apprenticeship', 'degree')),
    CONSTRAINT "survey_response_german" CHECK ("german" IN ('very-good', 'good', 'limited')),
    CONSTRAINT "survey_response_devices" CHECK ("devices" IN ('smartphone-only', 'smartphone-plus', 'none')),
    CONSTRAINT "survey_response_distance" CHECK ("distance" IN ('near', 'medium', 'far')),
    CONSTRAINT "survey_response_help" CHECK ("help" IN ('never', 'sometimes', 'often', 'always')),
    CONSTRAINT "survey_response_items" CHECK (
        "item_11_3" BETWEEN 1 AND 5 AND "item_11_6" BETWEEN 1 AND 5 AND "item_11_7" BETWEEN 1 AND 5
        AND "item_11_8" BETWEEN 1 AND 5 AND "item_18" BETWEEN 1 AND 5) -- NULL passes: every item is optional
);
CREATE INDEX "survey_response_answered_month_idx" ON "survey_response"("answered_month");
CREATE INDEX "survey_response_import_id_idx" ON "survey_response"("import_id");
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "survey_import"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "journey_daily" (
    "day" DATE NOT NULL,
    "request_type_key" TEXT NOT NULL,
    "preference" TEXT NOT NULL,
    "recommended_channel" TEXT NOT NULL,
    "chosen_channel" TEXT NOT NULL,
    "assistance" TEXT NOT NULL,
    "for_someone_else" BOOLEAN NOT NULL,
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "journey_daily_pkey" PRIMARY KEY ("day", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome")
);

-- CreateTable
CREATE TABLE "appointment_daily" (
    "day" DATE NOT NULL,
    "location_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "assistance" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "appointment_daily_pkey" PRIMARY KEY ("day", "location_id", "channel", "assistance", "status")
);
CREATE INDEX "appointment_daily_location_id_day_idx" ON "appointment_daily"("location_id", "day");

-- One journey counted (+1) or taken back (-1) in its day's row; "none" stands for an empty value.
CREATE FUNCTION journey_daily_add(j "journey", step INTEGER) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO "journey_daily" AS d ("day", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome", "count")
  VALUES ((j."created_at" AT TIME ZONE 'Europe/Berlin')::date, j."request_type_key", COALESCE(j."preference"::text, 'none'),
          COALESCE(j."recommended_channel"::text, 'none'), COALESCE(j."chosen_channel"::text, 'none'), j."assistance"::text,
          j."for_someone_else", j."outcome", step)
  ON CONFLICT ("day", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome")
  DO UPDATE SET "count" = d."count" + EXCLUDED."count";
$$;

CREATE FUNCTION journey_daily_count() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM journey_daily_add(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM journey_daily_add(NEW, 1); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "journey_daily_count" AFTER INSERT OR DELETE OR UPDATE OF "created_at", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome"
ON "journey" FOR EACH ROW EXECUTE FUNCTION journey_daily_count();

CREATE FUNCTION appointment_daily_add(a "appointment", step INTEGER) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO "appointment_daily" AS d ("day", "location_id", "channel", "assistance", "status", "count")
  VALUES ((a."starts_at" AT TIME ZONE 'Europe/Berlin')::date, a."location_id", a."channel"::text, a."assistance"::text, a."status"::text, step)
  ON CONFLICT ("day", "location_id", "channel", "assistance", "status") DO UPDATE SET "count" = d."count" + EXCLUDED."count";
$$;

CREATE FUNCTION appointment_daily_count() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM appointment_daily_add(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM appointment_daily_add(NEW, 1); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "appointment_daily_count" AFTER INSERT OR DELETE OR UPDATE OF "starts_at", "location_id", "channel", "assistance", "status"
ON "appointment" FOR EACH ROW EXECUTE FUNCTION appointment_daily_count();

-- What is already there is counted once.
INSERT INTO "journey_daily" ("day", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome", "count")
SELECT ("created_at" AT TIME ZONE 'Europe/Berlin')::date, "request_type_key", COALESCE("preference"::text, 'none'), COALESCE("recommended_channel"::text, 'none'),
       COALESCE("chosen_channel"::text, 'none'), "assistance"::text, "for_someone_else", "outcome", COUNT(*)::int
FROM "journey" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO "appointment_daily" ("day", "location_id", "channel", "assistance", "status", "count")
SELECT ("starts_at" AT TIME ZONE 'Europe/Berlin')::date, "location_id", "channel"::text, "assistance"::text, "status"::text, COUNT(*)::int
FROM "appointment" GROUP BY 1, 2, 3, 4, 5;
