-- The caseworker's inbox: a submission has an assignee; a caseworker asks the person for
-- information (a question from a set of texts translated into the person's language, with an
-- optional note), the person answers on the private status page with text, photos or files. Each
-- question and answer is a submission_message; files that came with an answer name it.

-- AlterTable
ALTER TABLE "form_submission" ADD COLUMN "assignee_id" UUID;
ALTER TABLE "form_submission" ADD CONSTRAINT "form_submission_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "form_submission_assignee_id_idx" ON "form_submission"("assignee_id");

-- CreateTable
CREATE TABLE "submission_message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "submission_id" UUID NOT NULL,
    "direction" TEXT NOT NULL,
    "template" TEXT,
    "body" TEXT,
    "staff_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "submission_message_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "submission_message_direction_check" CHECK ("direction" IN ('question', 'answer')),
    CONSTRAINT "submission_message_question_check" CHECK ("direction" <> 'question' OR "template" IS NOT NULL OR "body" IS NOT NULL)
);
CREATE INDEX "submission_message_submission_id_created_at_idx" ON "submission_message"("submission_id", "created_at");
ALTER TABLE "submission_message" ADD CONSTRAINT "submission_message_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "form_submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "submission_message" ADD CONSTRAINT "submission_message_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "attachment" ADD COLUMN "message_id" UUID;
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "submission_message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
