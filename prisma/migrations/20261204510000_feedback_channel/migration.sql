-- A rating keeps the channel its journey had chosen when the rating was given: the dashboard's
-- ratings per channel then count the ratings alone, instead of looking up each rating's journey
-- (50,000 ratings: 50,000 look-ups among a million journeys on every view), and a rating keeps its
-- channel when the journey is later deleted by the retention rule.

ALTER TABLE "feedback" ADD COLUMN "chosen_channel" TEXT;

UPDATE "feedback" f SET "chosen_channel" = j."chosen_channel"::text FROM "journey" j WHERE j."id" = f."journey_id";

CREATE FUNCTION feedback_chosen_channel() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."journey_id" IS NOT NULL AND NEW."chosen_channel" IS NULL THEN
    NEW."chosen_channel" := (SELECT j."chosen_channel"::text FROM "journey" j WHERE j."id" = NEW."journey_id");
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "feedback_chosen_channel" BEFORE INSERT ON "feedback" FOR EACH ROW EXECUTE FUNCTION feedback_chosen_channel();
