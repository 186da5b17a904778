-- The callback queue: a callback request (a form submission of the form "callback") is claimed by
-- one staff member, then reached, not reached (it comes back later, at most a set number of tries)
-- or turned into an appointment. Each step is a callback_attempt row, so the person's timeline and
-- the queue show every try; the submission carries who holds it now, when it is due again and how
-- many tries failed.

-- AlterTable
ALTER TABLE "form_submission" ADD COLUMN "callback_claimed_by_id" UUID;
ALTER TABLE "form_submission" ADD COLUMN "callback_due_at" TIMESTAMPTZ(3);
ALTER TABLE "form_submission" ADD COLUMN "callback_tries" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "form_submission" ADD CONSTRAINT "form_submission_callback_claimed_by_id_fkey" FOREIGN KEY ("callback_claimed_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "form_submission" ADD CONSTRAINT "form_submission_callback_tries_check" CHECK ("callback_tries" >= 0);

-- The open callbacks of the queue (the form and the status first).
CREATE INDEX "form_submission_form_key_status_created_at_idx" ON "form_submission"("form_key", "status", "created_at");

-- CreateTable
CREATE TABLE "callback_attempt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "submission_id" UUID NOT NULL,
    "staff_user_id" UUID,
    "outcome" TEXT NOT NULL,
    "note" TEXT,
    "appointment_reference" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "callback_attempt_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "callback_attempt_outcome_check" CHECK ("outcome" IN ('claimed', 'reached', 'not_reached', 'gave_up', 'appointment'))
);
CREATE INDEX "callback_attempt_submission_id_created_at_idx" ON "callback_attempt"("submission_id", "created_at");
ALTER TABLE "callback_attempt" ADD CONSTRAINT "callback_attempt_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "form_submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "callback_attempt" ADD CONSTRAINT "callback_attempt_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
