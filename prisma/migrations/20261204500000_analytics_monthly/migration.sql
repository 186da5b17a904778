-- The dashboard on a year of a Jobcenter's traffic reads month rows, not day rows or answers:
--   * journey_monthly: journeys counted per Berlin month, kept beside journey_daily by the same
--     function in the same transaction; a period that starts or ends inside a month reads that
--     month's days from journey_daily and the whole months between from here;
--   * survey_count: the questionnaire's answers counted per month, type, question and answer
--     ('' for no answer; grouping 'all' counts every sheet), kept by statement triggers on
--     survey_response, so that an imported file of 240 sheets is one upsert, not 240 × 13.

-- CreateTable
CREATE TABLE "journey_monthly" (
    "month" DATE NOT NULL,
    "request_type_key" TEXT NOT NULL,
    "preference" TEXT NOT NULL,
    "recommended_channel" TEXT NOT NULL,
    "chosen_channel" TEXT NOT NULL,
    "assistance" TEXT NOT NULL,
    "for_someone_else" BOOLEAN NOT NULL,
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "journey_monthly_pkey" PRIMARY KEY ("month", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome"),
    CONSTRAINT "journey_monthly_month" CHECK ("month" = date_trunc('month', "month")::date)
);

-- CreateTable
CREATE TABLE "survey_count" (
    "answered_month" DATE NOT NULL,
    "type" TEXT NOT NULL,
    "grouping" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "survey_count_pkey" PRIMARY KEY ("answered_month", "type", "grouping", "value")
);

-- One journey counted (+1) or taken back (-1) in its day's row and its month's row.
CREATE OR REPLACE FUNCTION journey_daily_add(j "journey", step INTEGER) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO "journey_daily" AS d ("day", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome", "count")
  VALUES ((j."created_at" AT TIME ZONE 'Europe/Berlin')::date, j."request_type_key", COALESCE(j."preference"::text, 'none'),
          COALESCE(j."recommended_channel"::text, 'none'), COALESCE(j."chosen_channel"::text, 'none'), j."assistance"::text,
          j."for_someone_else", j."outcome", step)
  ON CONFLICT ("day", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome")
  DO UPDATE SET "count" = d."count" + EXCLUDED."count";
  INSERT INTO "journey_monthly" AS m ("month", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome", "count")
  VALUES (date_trunc('month', j."created_at" AT TIME ZONE 'Europe/Berlin')::date, j."request_type_key", COALESCE(j."preference"::text, 'none'),
          COALESCE(j."recommended_channel"::text, 'none'), COALESCE(j."chosen_channel"::text, 'none'), j."assistance"::text,
          j."for_someone_else", j."outcome", step)
  ON CONFLICT ("month", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome")
  DO UPDATE SET "count" = m."count" + EXCLUDED."count";
$$;

-- The sheets of one statement counted into survey_count: +1 for inserted rows, -1 for deleted ones
-- (an update is both). Each sheet counts once under 'all' and once per question, '' where unanswered.
CREATE FUNCTION survey_count_add() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "survey_count" AS s ("answered_month", "type", "grouping", "value", "count")
    SELECT r."answered_month", r."type"::text, g."grouping", g."value", -COUNT(*)::int
    FROM old_rows r CROSS JOIN LATERAL (VALUES
      ('all', ''), ('age', COALESCE(r."age", '')), ('school', COALESCE(r."school", '')), ('training', COALESCE(r."training", '')),
      ('german', COALESCE(r."german", '')), ('devices', COALESCE(r."devices", '')), ('distance', COALESCE(r."distance", '')),
      ('help', COALESCE(r."help", '')), ('item_11_3', COALESCE(r."item_11_3"::text, '')), ('item_11_6', COALESCE(r."item_11_6"::text, '')),
      ('item_11_7', COALESCE(r."item_11_7"::text, '')), ('item_11_8', COALESCE(r."item_11_8"::text, '')), ('item_18', COALESCE(r."item_18"::text, ''))
    ) AS g("grouping", "value")
    GROUP BY 1, 2, 3, 4
    ON CONFLICT ("answered_month", "type", "grouping", "value") DO UPDATE SET "count" = s."count" + EXCLUDED."count";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "survey_count" AS s ("answered_month", "type", "grouping", "value", "count")
    SELECT r."answered_month", r."type"::text, g."grouping", g."value", COUNT(*)::int
    FROM new_rows r CROSS JOIN LATERAL (VALUES
      ('all', ''), ('age', COALESCE(r."age", '')), ('school', COALESCE(r."school", '')), ('training', COALESCE(r."training", '')),
      ('german', COALESCE(r."german", '')), ('devices', COALESCE(r."devices", '')), ('distance', COALESCE(r."distance", '')),
      ('help', COALESCE(r."help", '')), ('item_11_3', COALESCE(r."item_11_3"::text, '')), ('item_11_6', COALESCE(r."item_11_6"::text, '')),
      ('item_11_7', COALESCE(r."item_11_7"::text, '')), ('item_11_8', COALESCE(r."item_11_8"::text, '')), ('item_18', COALESCE(r."item_18"::text, ''))
    ) AS g("grouping", "value")
    GROUP BY 1, 2, 3, 4
    ON CONFLICT ("answered_month", "type", "grouping", "value") DO UPDATE SET "count" = s."count" + EXCLUDED."count";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "survey_count_insert" AFTER INSERT ON "survey_response" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_count_add();
CREATE TRIGGER "survey_count_update" AFTER UPDATE ON "survey_response" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_count_add();
CREATE TRIGGER "survey_count_delete" AFTER DELETE ON "survey_response" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_count_add();

-- What is already there is counted once.
INSERT INTO "journey_monthly" ("month", "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome", "count")
SELECT date_trunc('month', "day")::date, "request_type_key", "preference", "recommended_channel", "chosen_channel", "assistance", "for_someone_else", "outcome", SUM("count")::int
FROM "journey_daily" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO "survey_count" ("answered_month", "type", "grouping", "value", "count")
SELECT r."answered_month", r."type"::text, g."grouping", g."value", COUNT(*)::int
FROM "survey_response" r CROSS JOIN LATERAL (VALUES
  ('all', ''), ('age', COALESCE(r."age", '')), ('school', COALESCE(r."school", '')), ('training', COALESCE(r."training", '')),
  ('german', COALESCE(r."german", '')), ('devices', COALESCE(r."devices", '')), ('distance', COALESCE(r."distance", '')),
  ('help', COALESCE(r."help", '')), ('item_11_3', COALESCE(r."item_11_3"::text, '')), ('item_11_6', COALESCE(r."item_11_6"::text, '')),
  ('item_11_7', COALESCE(r."item_11_7"::text, '')), ('item_11_8', COALESCE(r."item_11_8"::text, '')), ('item_18', COALESCE(r."item_18"::text, ''))
) AS g("grouping", "value")
GROUP BY 1, 2, 3, 4;
